package org.attache.evaluation;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What {@link PetrarchRecordsReader} read from a records file: the good records in file order, the records it could
 * not use with the reason, and notes on the file as a whole (for example that it is not well-formed XML as a whole,
 * so its records were read one by one).
 */
public record PetrarchRecords(String name, List<PetrarchRecord> records, List<Bad> bad, List<String> notes) {

    /** A record that could not be used: its id when one could be read, the line it starts on, why. */
    public record Bad(String id, int line, String reason) {

        /** "file:120 (DEMO-07): reason". */
        public String describe(String file) {
            return file + ":" + line + (id == null ? "" : " (" + id + ")") + ": " + reason;
        }
    }

    public PetrarchRecords {
        records = List.copyOf(records);
        bad = List.copyOf(bad);
        notes = List.copyOf(notes);
    }

    /** The good records as sentences to code, in file order. */
    public List<GoldSentence> sentences() {
        return records.stream().map(PetrarchRecord::gold).toList();
    }

    /** The good records by id (unique: the reader renames a record whose id was already used). */
    public Map<String, PetrarchRecord> byId() {
        Map<String, PetrarchRecord> map = new LinkedHashMap<>();
        records.forEach(r -> map.put(r.id(), r));
        return map;
    }
}
