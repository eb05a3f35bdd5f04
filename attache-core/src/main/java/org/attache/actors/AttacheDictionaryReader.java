package org.attache.actors;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads a user dictionary in one of Attaché's own tab-separated formats, the formats of the bundled files in
 * {@code org/attache/actors/} (see their header comments and the README):
 * <ul>
 *   <li>countries: {@code code, names, adjectives, capitals} (capitals are coded {@code <code>GOV}, while they are
 *       capitals when a capital's dates follow it: {@code Juba (from 2011-07-09, before SDN)});</li>
 *   <li>seats: {@code phrase, code} (a country and sector, {@code USAMIL});</li>
 *   <li>organisations: {@code code, group, sector, base, names};</li>
 *   <li>sectors: {@code phrase, sector};</li>
 *   <li>people: {@code person <TAB> names} lines, each followed by {@code role <TAB> code <TAB> start <TAB> end
 *       <TAB> description} lines (ISO dates, both inclusive, empty end = still held).</li>
 * </ul>
 * Several values in a column are separated by {@code |}; lines starting with {@code #} are comments; a first row
 * whose first column is {@code code} or {@code phrase} is a header. Unlike the bundled loader, which stops at the
 * first bad line, this reader reports a bad line (file:line: reason) and goes on.
 */
public final class AttacheDictionaryReader {
    private final String source;
    private final DictionaryFormat format;
    private final List<String> lines;
    private final ImportReport report;
    private final List<DictionaryEntry> entries = new ArrayList<>();

    private AttacheDictionaryReader(String source, DictionaryFormat format, String text) {
        if (format.isTabari()) {
            throw new IllegalArgumentException(format + " is not one of Attaché's own formats");
        }
        this.source = source;
        this.format = format;
        this.lines = text.lines().toList();
        this.report = new ImportReport(source, format, lines.size());
    }

    public static DictionaryImport read(Path file, DictionaryFormat format) throws IOException {
        return read(file.getFileName().toString(), format, TabariDictionaryReader.read(file));
    }

    public static DictionaryImport read(String source, DictionaryFormat format, String text) {
        return new AttacheDictionaryReader(source, format, text).run();
    }

    private DictionaryImport run() {
        boolean headerSeen = false;
        String[] person = null;
        int personLine = 0;
        List<DatedRole> roles = new ArrayList<>();
        List<Integer> roleLines = new ArrayList<>();
        for (int n = 1; n <= lines.size(); n++) {
            String line = lines.get(n - 1);
            if (line.isBlank()) {
                report.line(n, ImportReport.Disposition.BLANK);
                continue;
            }
            if (line.startsWith("#")) {
                report.line(n, ImportReport.Disposition.COMMENT);
                continue;
            }
            String[] cols = line.split("\t", -1);
            for (int i = 0; i < cols.length; i++) {
                cols[i] = cols[i].strip();
            }
            if (format == DictionaryFormat.PEOPLE) {
                if (cols[0].equals("person")) {
                    flushPerson(person, personLine, roles, roleLines);
                    person = cols.length > 1 ? names(cols[1]) : new String[0];
                    personLine = n;
                    roles = new ArrayList<>();
                    roleLines = new ArrayList<>();
                    if (person.length == 0) {
                        report.skip(n, "a person line needs names in its second column");
                        person = null;
                    }
                } else if (cols[0].equals("role")) {
                    if (person == null) {
                        report.skip(n, "a role line needs a person line before it");
                    } else if (cols.length < 4 || cols[1].isEmpty()) {
                        report.skip(n, "a role line needs code, start and end columns (end may be empty)");
                    } else {
                        DatedRole role = role(n, cols);
                        if (role != null) {
                            roles.add(role);
                            roleLines.add(n);
                        }
                    }
                } else {
                    report.skip(n, "expected 'person' or 'role', found '" + cols[0] + "'");
                }
                continue;
            }
            if (!headerSeen && (cols[0].equals("code") || cols[0].equals("phrase"))) {
                headerSeen = true;
                report.line(n, ImportReport.Disposition.COMMENT);
                continue;
            }
            int needed = switch (format) {
                case COUNTRIES -> 4;
                case ORGANISATIONS -> 5;
                default -> 2;
            };
            if (cols.length < needed) {
                report.skip(n, "expected " + needed + " tab-separated columns, found " + cols.length);
                continue;
            }
            String origin = source + ":" + n;
            int before = entries.size();
            switch (format) {
                case COUNTRIES -> {
                    String code = cols[0];
                    for (String name : names(cols[1])) {
                        add(new DictionaryEntry(DictionaryEntry.Kind.COUNTRY, name, code, null, code, null, origin));
                    }
                    for (String name : names(cols[2])) {
                        add(new DictionaryEntry(DictionaryEntry.Kind.DEMONYM, name, code, null, code, null, origin));
                    }
                    for (String name : names(cols[3])) {
                        try {
                            add(ActorDictionary.capital(CapitalTenure.named(name), code, origin));
                        } catch (IllegalArgumentException e) {
                            report.note(n, "capital '" + name + "' left out: " + e.getMessage());
                        }
                    }
                }
                case SEATS -> {
                    String code = cols[1];
                    String country = code.substring(0, Math.min(3, code.length()));
                    String sector = code.length() > 3 ? code.substring(3) : null;
                    for (String name : names(cols[0])) {
                        add(new DictionaryEntry(DictionaryEntry.Kind.SEAT, name, country, sector, code, null, origin));
                    }
                }
                case ORGANISATIONS -> {
                    String code = cols[0];
                    String group = cols[1].isEmpty() ? code : cols[1];
                    String sector = cols[2].isEmpty() ? null : cols[2];
                    for (String name : names(cols[4])) {
                        add(new DictionaryEntry(DictionaryEntry.Kind.ORGANISATION, name, group, sector, code, null, origin));
                    }
                }
                case SECTORS -> {
                    for (String name : names(cols[0])) {
                        add(new DictionaryEntry(DictionaryEntry.Kind.SECTOR, name, null, cols[1], null, null, origin));
                    }
                }
                default -> throw new IllegalStateException(format.toString());
            }
            if (entries.size() == before) {
                report.skip(n, "no names on this line");
            } else if (code(format, cols).isEmpty()) {
                entries.subList(before, entries.size()).clear();
                report.skip(n, "empty code column");
            } else {
                report.line(n, ImportReport.Disposition.PHRASE);
            }
        }
        flushPerson(person, personLine, roles, roleLines);
        for (DictionaryEntry entry : entries) {
            report.countEntry(entry);
        }
        return new DictionaryImport(source, format, entries, report);
    }

    private static String code(DictionaryFormat format, String[] cols) {
        return switch (format) {
            case SEATS, SECTORS -> cols[1];
            default -> cols[0];
        };
    }

    private void add(DictionaryEntry entry) {
        if (!PhraseTokens.split(entry.phrase()).isEmpty()) {
            entries.add(entry);
        }
    }

    private DatedRole role(int n, String[] cols) {
        String code = cols[1];
        try {
            LocalDate start = LocalDate.parse(cols[2]);
            LocalDate end = cols[3].isEmpty() ? null : LocalDate.parse(cols[3]);
            if (end != null && end.isBefore(start)) {
                report.skip(n, "role ends (" + end + ") before it starts (" + start + ")");
                return null;
            }
            return new DatedRole(code.substring(0, Math.min(3, code.length())), code.length() > 3 ? code.substring(3) : null,
                    start, end, cols.length > 4 ? cols[4] : "", source + ":" + n);
        } catch (DateTimeParseException e) {
            report.skip(n, "'" + e.getParsedString() + "' is not a date (YYYY-MM-DD)");
            return null;
        }
    }

    private void flushPerson(String[] names, int line, List<DatedRole> roles, List<Integer> roleLines) {
        if (names == null) {
            return;
        }
        if (roles.isEmpty()) {
            report.skip(line, "person with no usable role line after it: not added");
            return;
        }
        for (String name : names) {
            add(new DictionaryEntry(DictionaryEntry.Kind.PERSON, name, null, null, null, roles, source + ":" + line));
        }
        report.line(line, ImportReport.Disposition.PHRASE);
        for (int roleLine : roleLines) {
            report.line(roleLine, ImportReport.Disposition.CODE);
        }
    }

    private static String[] names(String column) {
        List<String> names = new ArrayList<>();
        for (String name : column.split("\\|")) {
            if (!name.isBlank()) {
                names.add(name.strip());
            }
        }
        return names.toArray(new String[0]);
    }
}
