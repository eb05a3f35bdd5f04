package org.attache.ingest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

/**
 * One article per line: {@code id}, {@code text}, and optional {@code title}, {@code published}, {@code url},
 * {@code source}, or the members a {@link FieldMapping} names. A bad line (malformed JSON, not an object, no text,
 * longer than {@link IngestLimits#MAX_ARTICLE_BYTES}) is reported with its number and the reader goes on with the
 * next; invalid UTF-8 or a damaged stream stops the input at that line, the lines before it kept.
 */
public final class JsonLinesReader implements ArticleReader {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final FieldMapping fields;

    public JsonLinesReader() {
        this(FieldMapping.DEFAULT);
    }

    public JsonLinesReader(FieldMapping fields) {
        this.fields = fields;
    }

    @Override
    public void read(String inputName, InputStream in, ArticleSink sink) throws IOException {
        var decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        BoundedLineReader lines = new BoundedLineReader(new InputStreamReader(in, decoder),
                IngestLimits.MAX_ARTICLE_BYTES);
        long lineNumber = 0;
        while (true) {
            String line;
            try {
                line = lines.readLine();
            } catch (CharacterCodingException e) {
                throw new InputRejectedException("not valid UTF-8", lineNumber + 1);
            } catch (IOException e) {
                throw new InputRejectedException("input ends abruptly in line " + (lineNumber + 1) + " ("
                        + e.getMessage() + ")", lineNumber + 1, e);
            }
            if (line == null) {
                break;
            }
            lineNumber++;
            if (line == BoundedLineReader.TOO_LONG) {
                sink.error(new IngestError(inputName, lineNumber, "line longer than "
                        + IngestLimits.megabytes(IngestLimits.MAX_ARTICLE_BYTES) + " (the cap for one article); skipped"));
                continue;
            }
            if (line.isBlank()) {
                continue;
            }
            if (lineNumber == 1 && line.startsWith("\uFEFF")) {
                line = line.substring(1);
            }
            Article article = parseLine(inputName, lineNumber, line, sink);
            if (article != null) {
                sink.article(article);
            }
        }
        if (lineNumber == 0) {
            throw new InputRejectedException("empty input");
        }
    }

    private Article parseLine(String inputName, long lineNumber, String line, ArticleSink sink) {
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
        String text = string(node, "text");
        if (text == null) {
            sink.error(new IngestError(inputName, lineNumber, "no \"" + fields.sourceName("text") + "\" string"
                    + (fields.sourceName("text").equals("text") ? " (name the text member with --field text=NAME)" : "")));
            return null;
        }
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
                        "\"" + fields.sourceName("published") + "\" value '" + published
                                + "' is not a date; coded without one"));
            }
        }
        return new Article(id, string(node, "source"), string(node, "url"), string(node, "title"), date,
                date == null ? "none" : "meta", text, inputName + ":" + lineNumber);
    }

    private String string(JsonNode node, String field) {
        JsonNode value = fields.value(node, field);
        if (value == null) {
            return null;
        }
        String text = value.asText();
        return text.isBlank() ? null : text;
    }
}
