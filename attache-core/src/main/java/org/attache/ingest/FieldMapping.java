package org.attache.ingest;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Where a JSON record keeps each article field, for dumps with another schema than Attaché's own
 * ({@code id, text, title, published, url, source}): {@code text=body} reads the text from "body",
 * {@code published=meta.date} from the "date" member of the "meta" object.
 */
public final class FieldMapping {
    public static final List<String> FIELDS = List.of("id", "text", "title", "published", "url", "source");
    public static final FieldMapping DEFAULT = new FieldMapping(Map.of());

    private final Map<String, String> pointers = new LinkedHashMap<>();

    private FieldMapping(Map<String, String> sources) {
        for (String field : FIELDS) {
            pointers.put(field, pointer(sources.getOrDefault(field, field)));
        }
    }

    /**
     * Parses {@code field=name} pairs.
     *
     * @throws IllegalArgumentException naming the pair that is malformed or names no article field
     */
    public static FieldMapping parse(List<String> pairs) {
        Map<String, String> sources = new LinkedHashMap<>();
        for (String pair : pairs == null ? List.<String>of() : pairs) {
            int eq = pair.indexOf('=');
            if (eq <= 0 || eq == pair.length() - 1) {
                throw new IllegalArgumentException("'" + pair + "' is not FIELD=NAME (e.g. text=body)");
            }
            String field = pair.substring(0, eq).strip();
            if (!FIELDS.contains(field)) {
                throw new IllegalArgumentException("'" + field + "' is not an article field (one of "
                        + String.join(", ", FIELDS) + ")");
            }
            sources.put(field, pair.substring(eq + 1).strip());
        }
        return new FieldMapping(sources);
    }

    /** The record's value for an article field, or null when absent, null or not a scalar. */
    JsonNode value(JsonNode record, String field) {
        JsonNode value = record.at(pointers.get(field));
        return value.isMissingNode() || value.isNull() || value.isContainerNode() ? null : value;
    }

    /** The record member an article field is read from, as the user wrote it. */
    String sourceName(String field) {
        return pointers.get(field).substring(1).replace('/', '.');
    }

    private static String pointer(String dotted) {
        return "/" + dotted.replace("~", "~0").replace("/", "~1").replace('.', '/');
    }
}
