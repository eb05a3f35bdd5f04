package org.attache.evaluation;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.Reader;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The PLOVER gold standard records ({@code plover-gsr-cameo.json}): a JSON array of records with {@code id},
 * {@code text}, {@code date}, {@code event} (a PLOVER 0.5b1 category) and {@code source}/{@code target} lists of
 * {@code {actorText, code, sector}}. Records whose event is {@code DOCUMENT} are documentation and are skipped (the
 * file opens with one). A {@code target} given as a string (the file writes {@code ""} for events whose actors are
 * all sources, such as meetings) means no target.
 */
public final class PloverGoldReader implements GoldReader {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Override
    public List<GoldSentence> read(Reader in, String name) throws IOException {
        JsonNode root;
        try {
            root = JSON.readTree(in);
        } catch (JsonProcessingException e) {
            throw new GoldFormatException(name + ": not valid JSON: " + e.getOriginalMessage(), e);
        }
        if (root == null || !root.isArray()) {
            throw new GoldFormatException(name + ": expected a JSON array of PLOVER records");
        }
        List<GoldSentence> sentences = new ArrayList<>();
        for (int i = 0; i < root.size(); i++) {
            JsonNode record = root.get(i);
            String where = name + ": record " + (i + 1);
            if (!record.isObject()) {
                throw new GoldFormatException(where + ": not a JSON object");
            }
            String event = text(record, "event");
            if ("DOCUMENT".equals(event)) {
                continue;
            }
            String id = text(record, "id");
            if (id != null) {
                where += " (" + id + ")";
            }
            String sentence = text(record, "text");
            if (sentence == null || sentence.isBlank()) {
                throw new GoldFormatException(where + ": no text");
            }
            if (event == null || event.isBlank()) {
                throw new GoldFormatException(where + ": no event category");
            }
            sentences.add(GoldSentence.plover(id != null ? id : "plover-" + (i + 1), sentence,
                    date(text(record, "date"), where), event.strip().toUpperCase(Locale.ROOT),
                    actors(record.get("source"), where + ": source"), actors(record.get("target"), where + ": target")));
        }
        return sentences;
    }

    private static String text(JsonNode record, String field) {
        JsonNode node = record.get(field);
        return node == null || node.isNull() ? null : node.asText();
    }

    private static LocalDate date(String text, String where) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw new GoldFormatException(where + ": date '" + text + "' is not YYYY-MM-DD", e);
        }
    }

    private static List<GoldActor> actors(JsonNode node, String where) {
        if (node == null || node.isNull() || node.isTextual()) {
            return List.of();
        }
        List<JsonNode> items = new ArrayList<>();
        if (node.isArray()) {
            node.forEach(items::add);
        } else if (node.isObject()) {
            items.add(node);
        } else {
            throw new GoldFormatException(where + ": expected a list of actors");
        }
        List<GoldActor> actors = new ArrayList<>();
        for (JsonNode item : items) {
            String code = text(item, "code");
            if (code == null || code.isBlank()) {
                throw new GoldFormatException(where + ": an actor without a code");
            }
            String sector = text(item, "sector");
            actors.add(new GoldActor(text(item, "actorText"), code.strip().toUpperCase(Locale.ROOT),
                    sector == null || sector.isBlank() ? null : sector.strip()));
        }
        return actors;
    }
}
