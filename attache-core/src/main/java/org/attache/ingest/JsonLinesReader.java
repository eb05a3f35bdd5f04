package org.attache.ingest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

/**
 * One article per line: {@code id}, {@code text}, and optional {@code title}, {@code published}, {@code url},
 * {@code source}. A bad line is reported with its number and the reader goes on with the next.
 */
public final class JsonLinesReader implements ArticleReader {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Override
    public void read(String inputName, InputStream in, ArticleSink sink) throws IOException {
        var decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        BufferedReader lines = new BufferedReader(new InputStreamReader(in, decoder));
        long lineNumber = 0;
        int articles = 0;
        while (true) {
            String line;
            try {
                line = lines.readLine();
            } catch (CharacterCodingException e) {
                throw new InputRejectedException("not valid UTF-8", lineNumber + 1);
            }
            if (line == null) {
                break;
            }
            lineNumber++;
            if (line.isBlank()) {
                continue;
            }
            if (lineNumber == 1 && line.startsWith("\uFEFF")) {
                line = line.substring(1);
            }
            Article article = parseLine(inputName, lineNumber, line, sink);
            if (article != null) {
                sink.article(article);
                articles++;
            }
        }
        if (lineNumber == 0) {
            throw new InputRejectedException("empty input");
        }
    }

    private static Article parseLine(String inputName, long lineNumber, String line, ArticleSink sink) {
        JsonNode node;
        try {
            node = JSON.readTree(line);
        } catch (JsonProcessingException e) {
            sink.error(new IngestError(inputName, lineNumber, "malformed JSON: " + e.getOriginalMessage()));
            return null;
        }
        if (node == null || !node.isObject()) {
            sink.error(new IngestError(inputName, lineNumber, "not a JSON object"));
            return null;
        }
        JsonNode textNode = node.get("text");
        if (textNode == null || !textNode.isTextual() || textNode.asText().isBlank()) {
            sink.error(new IngestError(inputName, lineNumber, "no \"text\" string"));
            return null;
        }
        String text = textNode.asText();
        String id = string(node, "id");
        if (id == null) {
            id = ArticleIds.fromInputName(inputName) + "-" + lineNumber;
        }
        String published = string(node, "published");
        LocalDate date = null;
        if (published != null) {
            date = DateParsing.parseDate(published);
            if (date == null) {
                sink.error(new IngestError(inputName, lineNumber,
                        "\"published\" value '" + published + "' is not a date; coded without one"));
            }
        }
        return new Article(id, string(node, "source"), string(node, "url"), string(node, "title"), date,
                date == null ? "none" : "metadata", text, inputName + ":" + lineNumber);
    }

    private static String string(JsonNode node, String field) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            return null;
        }
        String text = value.asText();
        return text.isBlank() ? null : text;
    }
}
