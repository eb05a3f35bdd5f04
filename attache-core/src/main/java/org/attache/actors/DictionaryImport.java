package org.attache.actors;

import java.util.List;

/** The entries read from one dictionary file, in file order, and the report of what became of each line. */
public record DictionaryImport(String source, DictionaryFormat format, List<DictionaryEntry> entries,
                               ImportReport report) {

    public DictionaryImport {
        entries = List.copyOf(entries);
    }
}
