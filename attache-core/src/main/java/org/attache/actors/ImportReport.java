package org.attache.actors;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What reading one dictionary file did with each of its lines: every line is a comment (or blank), a phrase, a code
 * or date restriction, a marker definition, or skipped with a reason. Notes record lines that were read with a
 * caveat (a repaired bracket, a bare date read as "from", a second code dropped...). Counts of the entries and roles
 * it produced complete the picture.
 */
public final class ImportReport {

    /** What became of a line. */
    public enum Disposition { BLANK, COMMENT, PHRASE, CODE, MARKER, SKIPPED }

    /** A line of the file and what is to be said about it. */
    public record Issue(String source, int line, String reason) {
        public String describe() {
            return source + ":" + line + ": " + reason;
        }

        @Override
        public String toString() {
            return describe();
        }
    }

    private final String source;
    private final DictionaryFormat format;
    private final Disposition[] dispositions;
    private final Map<Integer, String> skipReasons = new java.util.TreeMap<>();
    private final List<Issue> notes = new ArrayList<>();
    private final Map<DictionaryEntry.Kind, Integer> entriesByKind = new EnumMap<>(DictionaryEntry.Kind.class);
    private int roles;

    public ImportReport(String source, DictionaryFormat format, int lines) {
        this.source = source;
        this.format = format;
        this.dispositions = new Disposition[lines + 1];
    }

    public String source() {
        return source;
    }

    public DictionaryFormat format() {
        return format;
    }

    /** Records what a line is; a later call for the same line wins (a phrase line can turn out to be skipped). */
    public void line(int line, Disposition disposition) {
        dispositions[line] = disposition;
        if (disposition != Disposition.SKIPPED) {
            skipReasons.remove(line);
        }
    }

    public void skip(int line, String reason) {
        dispositions[line] = Disposition.SKIPPED;
        skipReasons.merge(line, reason, (a, b) -> a + "; " + b);
    }

    public void note(int line, String reason) {
        notes.add(new Issue(source, line, reason));
    }

    public Disposition disposition(int line) {
        return dispositions[line];
    }

    void countEntry(DictionaryEntry entry) {
        entriesByKind.merge(entry.kind(), 1, Integer::sum);
        roles += entry.roles().size();
    }

    /** Number of lines in the file. */
    public int lines() {
        return dispositions.length - 1;
    }

    public int count(Disposition disposition) {
        int n = 0;
        for (int i = 1; i < dispositions.length; i++) {
            if (dispositions[i] == disposition) {
                n++;
            }
        }
        return n;
    }

    /** Lines no disposition was recorded for; always zero unless a reader is wrong. */
    public List<Integer> unaccountedLines() {
        List<Integer> missing = new ArrayList<>();
        for (int i = 1; i < dispositions.length; i++) {
            if (dispositions[i] == null) {
                missing.add(i);
            }
        }
        return missing;
    }

    public List<Issue> skipped() {
        List<Issue> issues = new ArrayList<>(skipReasons.size());
        skipReasons.forEach((line, reason) -> issues.add(new Issue(source, line, reason)));
        return issues;
    }

    public List<Issue> notes() {
        List<Issue> sorted = new ArrayList<>(notes);
        sorted.sort((a, b) -> Integer.compare(a.line(), b.line()));
        return sorted;
    }

    public int entries() {
        return entriesByKind.values().stream().mapToInt(Integer::intValue).sum();
    }

    public Map<DictionaryEntry.Kind, Integer> entriesByKind() {
        return Collections.unmodifiableMap(entriesByKind);
    }

    /** Dated roles over all PERSON entries (each phrase of a person counts its roles). */
    public int roles() {
        return roles;
    }

    /** Skipped lines grouped by reason (quoted phrases, codes and numbers left out), most frequent first. */
    public Map<String, Integer> skippedByReason() {
        return groupByReason(skipped());
    }

    public Map<String, Integer> notesByReason() {
        return groupByReason(notes);
    }

    private static Map<String, Integer> groupByReason(List<Issue> issues) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (Issue issue : issues) {
            String reason = issue.reason().replaceAll("\"[^\"]*\"", "\"…\"").replaceAll("'[^']*'", "'…'")
                    .replaceAll("\\d+", "N");
            counts.merge(reason, 1, Integer::sum);
        }
        List<Map.Entry<String, Integer>> list = new ArrayList<>(counts.entrySet());
        list.sort((a, b) -> b.getValue() - a.getValue());
        Map<String, Integer> sorted = new LinkedHashMap<>();
        list.forEach(e -> sorted.put(e.getKey(), e.getValue()));
        return sorted;
    }

    /** One line: "FILE (FORMAT): N lines: E entries (by kind), R dated roles; S lines skipped, T notes". */
    public String summary() {
        StringBuilder kinds = new StringBuilder();
        entriesByKind.forEach((kind, n) -> {
            if (kinds.length() > 0) {
                kinds.append(", ");
            }
            kinds.append(n).append(' ').append(kind.name().toLowerCase(java.util.Locale.ROOT));
        });
        return source + " (" + format.label() + "): " + lines() + " lines: " + entries() + " entries"
                + (kinds.length() > 0 ? " (" + kinds + ")" : "") + ", " + roles + " dated roles; "
                + count(Disposition.SKIPPED) + " lines skipped, " + notes.size() + " notes";
    }
}
