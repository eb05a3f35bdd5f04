package org.attache.actors;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads TABARI/PETRARCH actor and agent dictionaries (the Phoenix files and PETRARCH's validation dictionaries) into
 * {@link DictionaryEntry}s. Every line ends up as a comment, a phrase, a code line, a marker definition, or skipped
 * with a reason in the {@link ImportReport}: nothing is dropped silently.
 *
 * <p>Actor files ({@code .actors.txt}), as PETRARCH 2 reads them:
 * <ul>
 *   <li>A primary phrase, words joined by {@code _} or blanks ({@code AFGHANISTAN_}, {@code HAMAS WING}); lines
 *       beginning {@code +} are synonyms of the phrase above. A trailing {@code _} (TABARI's "no stemming") is
 *       dropped.</li>
 *   <li>Codes in brackets, on the primary line or on following (indented) lines: {@code [AFG]}, and date
 *       restrictions {@code [PAKGOV 970217-991012]}, {@code [AFGGOV >011222]}, {@code [USR <911226]}. Dates are
 *       {@code yymmdd} (years 00-30 are 20yy, others 19yy) or {@code yyyymmdd}. As in PETRARCH's code, a range
 *       holds from its first day up to the day before its last ({@code start <= date < end}); {@code <D} holds
 *       before D; {@code >D} from D on. A code without dates is the default, used when no dated code holds.
 *       {@code [---]} is PETRARCH's null code (not an actor).</li>
 *   <li>{@code #} starts a comment anywhere on a line; {@code <!-- ... -->} comments may span lines.</li>
 *   <li>An entry with any dated code becomes a {@link DictionaryEntry.Kind#PERSON} with one {@link DatedRole} per
 *       dated code, plus its default code as a role without dates (outside any null-coded period). An entry with
 *       only a plain code becomes a {@code COUNTRY} (a three-letter state code) or an {@code ORGANISATION} (any
 *       other code: {@code AFGMIL}, {@code IGOUNO}, {@code NGO}). A place with dated codes whose current one is a
 *       bare state code and none of which holds a role code such as GOV or ELI
 *       ({@code ARMENIA [USRARM <900823] [ARM >911221]}) is a {@code COUNTRY} with that code, so it
 *       combines with sector words; its dated codes are kept on the entry for lookups (noted in the report). The country of a code is its first three
 *       letters, the sector the rest ({@code IGOUNOKID}: IGO + UNOKID).</li>
 *   <li>A phrase given twice in one file keeps all its codes in file order, as PETRARCH does.</li>
 * </ul>
 *
 * <p>Agent files ({@code .agents.txt}): {@code PHRASE {PLURAL} [~CODE]} lines become
 * {@link DictionaryEntry.Kind#SECTOR} entries whose sector ({@code GOV}, {@code MIL}, {@code GOVFRM}) is appended to
 * the country it is combined with. Regular plurals are generated (Y→IES after a consonant, S→SES, else +S) unless
 * {@code {}} gives the plural or none; {@code !MARKER! = A, B, C} lines define substitution sets used as
 * {@code CONGRESS!PERSON!}. Prefix agents ({@code [NGO~]}) are read as sectors too, with a note, since an Attaché
 * sector always follows the country. A phrase given twice keeps its last code, as in PETRARCH.
 *
 * <p>Phrases are stored in a case that makes the matcher's case check useful: names in title case ("Kabul" does not
 * match "kabul"), small words ("of", "the", "al") and agent phrases in lower case; initials such as "U.S." as
 * written. Parentheses and commas become tokens of their own, as the parser splits them.
 */
public final class TabariDictionaryReader {
    private static final Pattern CODE = Pattern.compile("[A-Z0-9]+");
    private static final Pattern DATE = Pattern.compile("\\d+");
    /** A date after every dated code: the role held on it is an entry's current one. */
    private static final LocalDate FAR_FUTURE = LocalDate.of(9999, 12, 31);
    /**
     * Three-letter codes that name no state: CAMEO's international and transnational actor types, and the bare role
     * and religion codes the Phoenix files use alone (ELI, MED, MOS...). Other role codes are left out on purpose:
     * old TABARI country codes reuse them (INS is Indonesia in PETRARCH's validation dictionary, MUS Mauritius).
     */
    private static final Set<String> NON_STATE = Set.of("IGO", "NGO", "IMG", "MNC", "NGM", "UIS", "INT",
            "ELI", "MED", "BAH", "BUD", "CHR", "HIN", "JEW", "MOS");
    private static final Set<String> SMALL_WORDS = Set.of("of", "the", "and", "for", "in", "on", "at", "to", "by",
            "with", "from", "de", "del", "della", "di", "da", "das", "do", "dos", "du", "des", "la", "le", "les",
            "el", "al", "bin", "ibn", "van", "von", "der", "den", "y", "e", "et", "und", "a", "an", "or");

    private final String source;
    private final List<String> lines;
    private final ImportReport report;
    private final LineState[] states;

    private TabariDictionaryReader(String source, String text, DictionaryFormat format) {
        this.source = source;
        this.lines = text.lines().toList();
        this.report = new ImportReport(source, format, lines.size());
        this.states = new LineState[lines.size() + 1];
        for (int i = 1; i <= lines.size(); i++) {
            states[i] = new LineState();
        }
    }

    /** Reads an actor dictionary file; the report names it by its file name. */
    public static DictionaryImport readActors(Path file) throws IOException {
        return readActors(file.getFileName().toString(), read(file));
    }

    /** Reads an agent dictionary file; the report names it by its file name. */
    public static DictionaryImport readAgents(Path file) throws IOException {
        return readAgents(file.getFileName().toString(), read(file));
    }

    public static DictionaryImport readActors(String source, String text) {
        return new TabariDictionaryReader(source, text, DictionaryFormat.TABARI_ACTORS).actors();
    }

    public static DictionaryImport readAgents(String source, String text) {
        return new TabariDictionaryReader(source, text, DictionaryFormat.TABARI_AGENTS).agents();
    }

    /** The file as UTF-8; bytes that are not UTF-8 become U+FFFD, and phrases holding one are reported. */
    static String read(Path file) throws IOException {
        return new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
    }

    // ---------------------------------------------------------------------------------------------------------
    // Lines and comments

    /** What a line held and what became of it. */
    private static final class LineState {
        String content;
        String comment = "";
        boolean phraseAdded;
        boolean codeUsed;
        boolean definedMarker;
        final List<String> problems = new ArrayList<>(0);
    }

    /**
     * Strips comments as PETRARCH's {@code read_FIN_line} does: lines starting with {@code #} or {@code <!}, blank
     * lines, {@code <!-- -->} blocks (also across lines) and everything after a {@code #}. Sets each line's content
     * (null for comment and blank lines).
     */
    private void stripComments() {
        boolean inXmlComment = false;
        for (int n = 1; n <= lines.size(); n++) {
            String line = lines.get(n - 1);
            if (inXmlComment) {
                report.line(n, ImportReport.Disposition.COMMENT);
                inXmlComment = !line.contains("-->");
                continue;
            }
            if (line.isBlank()) {
                report.line(n, ImportReport.Disposition.BLANK);
                continue;
            }
            String trimmed = line.strip();
            if (trimmed.startsWith("#") || trimmed.startsWith("<!")) {
                report.line(n, ImportReport.Disposition.COMMENT);
                inXmlComment = trimmed.startsWith("<!--") && !trimmed.contains("-->");
                continue;
            }
            String content = line;
            int open = content.indexOf("<!--");
            while (open >= 0) {
                int close = content.indexOf("-->", open);
                if (close < 0) {
                    content = content.substring(0, open);
                    inXmlComment = true;
                    break;
                }
                content = content.substring(0, open) + content.substring(close + 3);
                open = content.indexOf("<!--");
            }
            int hash = content.indexOf('#');
            if (hash >= 0) {
                states[n].comment = content.substring(hash + 1).strip();
                content = content.substring(0, hash);
            }
            if (content.isBlank()) {
                report.line(n, ImportReport.Disposition.COMMENT);
                continue;
            }
            states[n].content = content;
        }
    }

    /** Sets every content line's disposition from what it contributed; lines that gave nothing are skipped. */
    private void settleDispositions() {
        for (int n = 1; n <= lines.size(); n++) {
            LineState state = states[n];
            if (state.content == null) {
                continue;
            }
            if (state.definedMarker) {
                report.line(n, ImportReport.Disposition.MARKER);
            } else if (state.phraseAdded) {
                report.line(n, ImportReport.Disposition.PHRASE);
            } else if (state.codeUsed) {
                report.line(n, ImportReport.Disposition.CODE);
            } else {
                report.skip(n, state.problems.isEmpty() ? "nothing usable on this line" : String.join("; ", state.problems));
                continue;
            }
            for (String problem : state.problems) {
                report.note(n, problem);
            }
        }
    }

    private void problem(int line, String text) {
        states[line].problems.add(text);
    }

    // ---------------------------------------------------------------------------------------------------------
    // Actors

    /** A code with its date restriction; {@code code} null for the null code {@code ---}. */
    private record Restriction(String code, LocalDate start, LocalDate end, boolean dated, int line) {
        boolean sameAs(Restriction other) {
            return java.util.Objects.equals(code, other.code) && start.equals(other.start)
                    && java.util.Objects.equals(end, other.end) && dated == other.dated;
        }
    }

    /** A phrase of the file and every code given to it, in file order. */
    private static final class PhraseCodes {
        final String phrase;
        final int line;
        final List<Integer> lines = new ArrayList<>(1);
        final List<Restriction> restrictions = new ArrayList<>(2);

        PhraseCodes(String phrase, int line) {
            this.phrase = phrase;
            this.line = line;
        }
    }

    /** The phrases of one primary line and its synonyms, and the codes given to them. */
    private static final class Block {
        final List<String> phrases = new ArrayList<>(2);
        final List<Integer> phraseLines = new ArrayList<>(2);
        final List<Restriction> restrictions = new ArrayList<>(2);
    }

    private DictionaryImport actors() {
        stripComments();
        Map<List<String>, PhraseCodes> byPhrase = new LinkedHashMap<>();
        Block block = null;
        for (int n = 1; n <= lines.size(); n++) {
            String content = states[n].content;
            if (content == null) {
                continue;
            }
            String trimmed = content.strip();
            if (trimmed.startsWith("[")) {
                if (block == null) {
                    problem(n, "code line with no phrase before it");
                    continue;
                }
                List<Restriction> found = restrictions(n, trimmed);
                if (found.isEmpty() && states[n].problems.isEmpty()) {
                    problem(n, "no code in the brackets");
                }
                block.restrictions.addAll(found);
            } else if (trimmed.startsWith("+")) {
                if (block == null) {
                    problem(n, "synonym with no phrase before it");
                    continue;
                }
                int bracket = trimmed.indexOf('[');
                String phrases = bracket >= 0 ? trimmed.substring(1, bracket) : trimmed.substring(1);
                if (bracket >= 0) {
                    List<Restriction> found = restrictions(n, trimmed.substring(bracket));
                    if (!found.isEmpty()) {
                        problem(n, "code on a synonym line: applied to the whole entry");
                        block.restrictions.addAll(found);
                    }
                }
                // "+TAIOAN_ +TAWIAN_" and "...AL_ISLAMI+_ISLAMIC_ADEN_ARMY_": two synonyms on one line.
                String[] parts = phrases.split("(?<=[\\s_])\\+|\\+(?=[\\s_])");
                if (parts.length > 1) {
                    problem(n, "several synonyms on one line: read as " + parts.length + " synonyms");
                }
                for (String part : parts) {
                    addPhrase(block, n, part);
                }
            } else {
                if (block != null) {
                    finish(block, byPhrase);
                }
                block = new Block();
                int bracket = trimmed.indexOf('[');
                addPhrase(block, n, bracket >= 0 ? trimmed.substring(0, bracket) : trimmed);
                if (bracket >= 0) {
                    block.restrictions.addAll(restrictions(n, trimmed.substring(bracket)));
                }
            }
        }
        if (block != null) {
            finish(block, byPhrase);
        }
        List<DictionaryEntry> entries = new ArrayList<>(byPhrase.size());
        for (PhraseCodes codes : byPhrase.values()) {
            DictionaryEntry entry = entryOf(codes);
            if (entry != null) {
                entries.add(entry);
                report.countEntry(entry);
            }
        }
        settleDispositions();
        return new DictionaryImport(source, DictionaryFormat.TABARI_ACTORS, entries, report);
    }

    private void addPhrase(Block block, int line, String raw) {
        String phrase = actorPhrase(raw);
        String bad = badPhrase(raw, phrase);
        if (bad != null) {
            problem(line, bad);
            return;
        }
        block.phrases.add(phrase);
        block.phraseLines.add(line);
    }

    /** Files a finished block's phrases with its codes; a phrase seen before gets the new codes after its old ones. */
    private void finish(Block block, Map<List<String>, PhraseCodes> byPhrase) {
        for (int i = 0; i < block.phrases.size(); i++) {
            String phrase = block.phrases.get(i);
            int line = block.phraseLines.get(i);
            List<String> key = PhraseTokens.split(phrase);
            PhraseCodes codes = byPhrase.get(key);
            if (codes == null) {
                codes = new PhraseCodes(phrase, line);
                byPhrase.put(key, codes);
            } else if (!sameCodes(codes.restrictions, block.restrictions)) {
                problem(line, "phrase also at line " + codes.line + " with other codes: both kept, that line's first");
            }
            codes.lines.add(line);
            for (Restriction r : block.restrictions) {
                if (codes.restrictions.stream().noneMatch(known -> known.line() == r.line())) {
                    codes.restrictions.add(r);
                }
            }
        }
        if (block.phrases.isEmpty()) {
            for (Restriction r : block.restrictions) {
                problem(r.line(), "code for an entry none of whose phrases could be read");
            }
        }
    }

    private static boolean sameCodes(List<Restriction> a, List<Restriction> b) {
        return a.size() == b.size() && a.stream().allMatch(r -> b.stream().anyMatch(r::sameAs));
    }

    /** The entry for a phrase and all its codes, or null (reported) when they code nothing. */
    private DictionaryEntry entryOf(PhraseCodes codes) {
        List<Restriction> dated = new ArrayList<>();
        List<Restriction> nullPeriods = new ArrayList<>();
        Restriction fallback = null;
        boolean fallbackSeen = false;
        List<Restriction> distinct = new ArrayList<>(codes.restrictions.size());
        for (Restriction r : codes.restrictions) {
            Restriction same = distinct.stream().filter(r::sameAs).findFirst().orElse(null);
            if (same == null) {
                distinct.add(r);
            } else if (!states[r.line()].problems.contains("repeats the code and dates of line " + same.line())) {
                problem(r.line(), "repeats the code and dates of line " + same.line());
            }
        }
        for (Restriction r : distinct) {
            if (r.dated()) {
                (r.code() == null ? nullPeriods : dated).add(r);
            } else if (!fallbackSeen) {
                fallback = r;
                fallbackSeen = true;
            } else if (fallback == null || !java.util.Objects.equals(fallback.code(), r.code())) {
                problem(r.line(), "second code without dates for \"" + codes.phrase + "\" never applies: the one of line "
                        + (fallback == null ? "before" : fallback.line()) + " comes first");
            }
        }
        Restriction usableFallback = fallback != null && fallback.code() != null ? fallback : null;
        String origin = source + ":" + codes.line;
        DictionaryEntry entry;
        if (dated.isEmpty() && nullPeriods.isEmpty()) {
            if (usableFallback == null) {
                String reason = fallback != null ? "null code '---' (not an actor): \"" + codes.phrase + "\" not added"
                        : "no code for \"" + codes.phrase + "\": none on its line or after it (a synonym without its"
                        + " leading +? PETRARCH gives it no code either)";
                rejectPhrase(codes, reason);
                return null;
            }
            entry = plainEntry(codes.phrase, usableFallback.code(), origin);
        } else {
            List<DatedRole> roles = new ArrayList<>();
            for (Restriction r : dated) {
                roles.add(role(r.code(), r.start(), r.end(), states[r.line()].comment, r.line()));
            }
            if (usableFallback != null) {
                for (LocalDate[] piece : outside(nullPeriods)) {
                    roles.add(role(usableFallback.code(), piece[0], piece[1], "default code (no dated code holds)",
                            usableFallback.line()));
                }
            }
            if (roles.isEmpty()) {
                rejectPhrase(codes, "only null codes '---' (not an actor): \"" + codes.phrase + "\" not added");
                return null;
            }
            entry = new DictionaryEntry(DictionaryEntry.Kind.PERSON, codes.phrase, null, null, null, roles, origin);
            DatedRole current = entry.roleOn(FAR_FUTURE);
            if (current != null && current.sector() == null && isState(current.country())
                    && roles.stream().noneMatch(TabariDictionaryReader::hasRoleCode)) {
                // "Armenia" [USRARM <900823] [ARM >911221]: a place, not a person; as a country it combines with
                // sector words ("Armenian troops") and counts for "both countries". The dated codes stay for lookups.
                entry = new DictionaryEntry(DictionaryEntry.Kind.COUNTRY, codes.phrase, current.country(), null,
                        current.country(), roles, origin);
                problem(codes.line, "a place with dated codes: coded as the country " + current.country()
                        + ", its current code (the dated codes are kept for lookups, not applied)");
            }
        }
        for (int line : codes.lines) {
            states[line].phraseAdded = true;
        }
        for (Restriction r : codes.restrictions) {
            states[r.line()].codeUsed = true;
        }
        return entry;
    }

    private void rejectPhrase(PhraseCodes codes, String reason) {
        for (int line : codes.lines) {
            problem(line, reason);
        }
        for (Restriction r : codes.restrictions) {
            if (!codes.lines.contains(r.line())) {
                problem(r.line(), reason);
            }
        }
    }

    /** The periods outside the null-coded ones, as [start, end] pairs (end null: open). */
    private static List<LocalDate[]> outside(List<Restriction> nullPeriods) {
        List<LocalDate[]> pieces = new ArrayList<>();
        List<Restriction> sorted = new ArrayList<>(nullPeriods);
        sorted.sort((a, b) -> a.start().compareTo(b.start()));
        LocalDate from = LocalDate.MIN;
        for (Restriction r : sorted) {
            if (from != null && r.start().isAfter(from)) {
                pieces.add(new LocalDate[] {from, r.start().minusDays(1)});
            }
            if (r.end() == null) {
                from = null;
                break;
            }
            if (from != null && !r.end().isBefore(from)) {
                from = r.end().plusDays(1);
            }
        }
        if (from != null) {
            pieces.add(new LocalDate[] {from, null});
        }
        return pieces;
    }

    private DatedRole role(String code, LocalDate start, LocalDate end, String description, int line) {
        return new DatedRole(code.substring(0, Math.min(3, code.length())), code.length() > 3 ? code.substring(3) : null,
                start, end, description, source + ":" + line);
    }

    /** CAMEO's role codes: a code holding one (PAKGOV, AFGELI) is a person's or an institution's, not a place's. */
    private static final Set<String> ROLE_CODES = Set.of("COP", "GOV", "INS", "JUD", "MIL", "OPP", "REB", "SEP",
            "SPY", "UAF", "AGR", "BUS", "CRM", "CVL", "DEV", "EDU", "ELI", "ENV", "HLH", "HRI", "LAB", "LEG", "MED",
            "REF", "MOD", "RAD", "PTY", "CIV");

    private static boolean hasRoleCode(DatedRole role) {
        String sector = role.sector();
        for (int i = 0; sector != null && i + 3 <= sector.length(); i += 3) {
            if (ROLE_CODES.contains(sector.substring(i, i + 3))) {
                return true;
            }
        }
        return false;
    }

    private static boolean isState(String code) {
        return code.length() == 3 && !NON_STATE.contains(code);
    }

    /** A plain code: a state (three letters, not a non-state type) or an organisation with its full code. */
    static DictionaryEntry plainEntry(String phrase, String code, String origin) {
        if (isState(code)) {
            return new DictionaryEntry(DictionaryEntry.Kind.COUNTRY, phrase, code, null, code, null, origin);
        }
        return new DictionaryEntry(DictionaryEntry.Kind.ORGANISATION, phrase, code.substring(0, 3),
                code.length() > 3 ? code.substring(3) : null, code, null, origin);
    }

    /** Every {@code [CODE dates]} group of a line's code part; problems are noted on the line. */
    private List<Restriction> restrictions(int line, String text) {
        List<Restriction> found = new ArrayList<>(1);
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c)) {
                i++;
                continue;
            }
            if (c != '[') {
                problem(line, "text outside brackets ignored: '" + text.substring(i).strip() + "'");
                break;
            }
            int close = text.indexOf(']', i);
            if (close < 0) {
                problem(line, "'[' without ']': '" + text.substring(i).strip() + "'");
                break;
            }
            Restriction r = restriction(line, text.substring(i + 1, close));
            if (r != null) {
                found.add(r);
            }
            i = close + 1;
        }
        return found;
    }

    private Restriction restriction(int line, String inside) {
        String[] parts = inside.strip().split("\\s+", 2);
        String code = parts[0].toUpperCase(Locale.ROOT);
        if (code.isEmpty()) {
            problem(line, "empty brackets");
            return null;
        }
        if (!code.equals(parts[0])) {
            problem(line, "lower-case code '" + parts[0] + "' read as " + code);
        }
        if (code.contains("/")) {
            String first = code.substring(0, code.indexOf('/'));
            problem(line, "several codes '" + code + "': only the first, " + first + ", kept (an Attaché actor has one code)");
            code = first;
        }
        if (code.equals("---")) {
            code = null;
        } else if (!CODE.matcher(code).matches()) {
            problem(line, "invalid code '" + parts[0] + "' (letters and digits, or --- for none)");
            return null;
        }
        String dates = parts.length > 1 ? parts[1].replaceAll("\\s+", "") : "";
        if (dates.isEmpty()) {
            return new Restriction(code, LocalDate.MIN, null, false, line);
        }
        try {
            if (dates.startsWith("<")) {
                return new Restriction(code, LocalDate.MIN, date(dates.substring(1)).minusDays(1), true, line);
            }
            if (dates.startsWith(">")) {
                return new Restriction(code, date(dates.substring(1)), null, true, line);
            }
            int dash = dates.indexOf('-');
            if (dash < 0) {
                problem(line, "a date with neither '<', '>' nor a range: '" + dates + "' read as '>" + dates + "' (from that day)");
                return new Restriction(code, date(dates), null, true, line);
            }
            LocalDate start = date(dates.substring(0, dash));
            LocalDate end = date(dates.substring(dash + 1));
            if (!end.isAfter(start)) {
                problem(line, "date range '" + dates + "' is empty (PETRARCH applies a code from its first day up to"
                        + " the day before its last): restriction skipped");
                return null;
            }
            return new Restriction(code, start, end.minusDays(1), true, line);
        } catch (IllegalArgumentException | DateTimeException e) {
            problem(line, "bad date in '[" + inside.strip() + "]': " + e.getMessage() + ": restriction skipped");
            return null;
        }
    }

    /** A TABARI date: yymmdd (00-30 → 20yy, else 19yy) or yyyymmdd. */
    static LocalDate date(String text) {
        if (!DATE.matcher(text).matches() || (text.length() != 6 && text.length() != 8)) {
            throw new IllegalArgumentException("'" + text + "' is neither yymmdd nor yyyymmdd");
        }
        int year;
        int rest;
        if (text.length() == 6) {
            int yy = Integer.parseInt(text.substring(0, 2));
            year = yy <= 30 ? 2000 + yy : 1900 + yy;
            rest = 2;
        } else {
            year = Integer.parseInt(text.substring(0, 4));
            rest = 4;
        }
        return LocalDate.of(year, Integer.parseInt(text.substring(rest, rest + 2)),
                Integer.parseInt(text.substring(rest + 2, rest + 4)));
    }

    // ---------------------------------------------------------------------------------------------------------
    // Agents

    private DictionaryImport agents() {
        stripComments();
        Map<String, List<String>> markers = new HashMap<>();
        Map<List<String>, DictionaryEntry> byPhrase = new LinkedHashMap<>();
        Map<List<String>, Integer> lineOf = new HashMap<>();
        for (int n = 1; n <= lines.size(); n++) {
            String content = states[n].content;
            if (content == null) {
                continue;
            }
            String trimmed = content.strip();
            if (trimmed.contains("!") && trimmed.contains("=") && !trimmed.contains("[")) {
                defineMarker(n, trimmed, markers);
                continue;
            }
            int open = trimmed.indexOf('[');
            if (open < 0) {
                problem(n, "agent without a code ([~CODE])");
                continue;
            }
            int close = trimmed.indexOf(']', open);
            if (close < 0) {
                close = trimmed.indexOf('}', open);
                if (close < 0) {
                    problem(n, "'[' without ']'");
                    continue;
                }
                problem(n, "code closed with '}' instead of ']'");
            }
            if (!trimmed.substring(close + 1).isBlank()) {
                problem(n, "text after the code ignored: '" + trimmed.substring(close + 1).strip() + "'");
            }
            String sector = agentCode(n, trimmed.substring(open + 1, close).replaceAll("\\s+", ""));
            if (sector == null) {
                continue;
            }
            String phrasePart = trimmed.substring(0, open);
            List<String> phrases = new ArrayList<>();
            if (phrasePart.contains("!")) {
                Matcher m = Pattern.compile("!([^!]+)!").matcher(phrasePart);
                if (!m.find()) {
                    problem(n, "substitution marker without its closing '!'");
                    continue;
                }
                List<String> set = markers.get(m.group(1));
                if (set == null) {
                    problem(n, "substitution marker !" + m.group(1) + "! is not defined above this line");
                    continue;
                }
                for (String word : set) {
                    phrases.add(phrasePart.substring(0, m.start()) + word + phrasePart.substring(m.end()));
                }
            } else if (phrasePart.contains("{")) {
                int brace = phrasePart.indexOf('{');
                int end = phrasePart.indexOf('}', brace);
                if (end < 0) {
                    problem(n, "'{' without '}'");
                    continue;
                }
                phrases.add(phrasePart.substring(0, brace));
                String plural = phrasePart.substring(brace + 1, end);
                if (!plural.isBlank()) {
                    phrases.add(plural);
                }
                if (!phrasePart.substring(end + 1).isBlank()) {
                    problem(n, "text after the plural ignored: '" + phrasePart.substring(end + 1).strip() + "'");
                }
            } else {
                String singular = phrasePart.replace('_', ' ').strip();
                phrases.add(singular);
                if (!singular.isEmpty()) {
                    phrases.add(plural(singular));
                }
            }
            for (String raw : phrases) {
                String phrase = agentPhrase(raw);
                String bad = badPhrase(raw, phrase);
                if (bad != null) {
                    problem(n, bad);
                    continue;
                }
                List<String> key = PhraseTokens.split(phrase);
                DictionaryEntry entry = new DictionaryEntry(DictionaryEntry.Kind.SECTOR, phrase, null, sector, null,
                        null, source + ":" + n);
                DictionaryEntry before = byPhrase.remove(key);
                if (before != null && !before.sector().equals(sector)) {
                    problem(n, "\"" + phrase + "\" also at line " + lineOf.get(key) + " as ~" + before.sector()
                            + ": the later code, ~" + sector + ", kept (as in PETRARCH)");
                }
                byPhrase.put(key, entry);
                lineOf.put(key, n);
            }
        }
        for (Map.Entry<List<String>, DictionaryEntry> e : byPhrase.entrySet()) {
            states[lineOf.get(e.getKey())].phraseAdded = true;
            report.countEntry(e.getValue());
        }
        // A line whose every phrase was taken over by a later line still gave its phrases; say so, not "nothing".
        for (int n = 1; n <= lines.size(); n++) {
            LineState state = states[n];
            if (state.content != null && !state.phraseAdded && !state.definedMarker && state.problems.isEmpty()) {
                state.problems.add("every phrase of this line is given again later in the file, which wins");
            }
        }
        settleDispositions();
        return new DictionaryImport(source, DictionaryFormat.TABARI_AGENTS, new ArrayList<>(byPhrase.values()), report);
    }

    private void defineMarker(int line, String text, Map<String, List<String>> markers) {
        int first = text.indexOf('!');
        int second = text.indexOf('!', first + 1);
        int equals = text.indexOf('=');
        if (second < 0 || equals < second) {
            problem(line, "substitution marker incorrectly defined (expected !NAME! = A, B, C)");
            return;
        }
        List<String> words = new ArrayList<>();
        for (String word : text.substring(equals + 1).split(",")) {
            if (!word.isBlank()) {
                words.add(word.strip());
            }
        }
        if (words.isEmpty()) {
            problem(line, "substitution marker with no words");
            return;
        }
        markers.put(text.substring(first + 1, second), words);
        states[line].definedMarker = true;
    }

    /** The sector of an agent code: {@code ~GOV} → GOV; {@code NGO~} → NGO (noted); null (noted) when invalid. */
    private String agentCode(int line, String code) {
        String upper = code.toUpperCase(Locale.ROOT);
        String sector;
        if (upper.startsWith("~")) {
            sector = upper.substring(1);
        } else if (upper.endsWith("~")) {
            sector = upper.substring(0, upper.length() - 1);
            problem(line, "prefix agent '" + code + "' read as the sector " + sector
                    + " (PETRARCH puts it before the country code, Attaché after)");
        } else {
            problem(line, "agent code '" + code + "' has no '~' (~CODE or CODE~)");
            return null;
        }
        if (!CODE.matcher(sector).matches()) {
            problem(line, "invalid agent code '" + code + "'");
            return null;
        }
        return sector;
    }

    /** PETRARCH's regular plural of the last word, with "-ey"/"-ay" words taking a plain S. */
    static String plural(String phrase) {
        String upper = phrase.toUpperCase(Locale.ROOT);
        if (upper.endsWith("Y") && upper.length() > 1 && "AEIOU".indexOf(upper.charAt(upper.length() - 2)) < 0) {
            return phrase.substring(0, phrase.length() - 1) + "IES";
        }
        if (upper.endsWith("S")) {
            return phrase + "ES";
        }
        return phrase + "S";
    }

    // ---------------------------------------------------------------------------------------------------------
    // Phrases

    /** Why a phrase cannot be used, or null. */
    private static String badPhrase(String raw, String phrase) {
        if (phrase.isBlank()) {
            return "empty phrase";
        }
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c == '\uFFFD' || (Character.isISOControl(c) && c != '\t')) {
                return "phrase '" + raw.strip().replaceAll("\\p{Cntrl}", "?") + "' holds an undecodable or control"
                        + " character: not added";
            }
        }
        return null;
    }

    /** Underscores to blanks, punctuation the parser splits apart as tokens of its own. */
    private static List<String> words(String raw) {
        String spaced = raw.replace('_', ' ').replace("(", " ( ").replace(")", " ) ").replace(",", " , ");
        List<String> words = new ArrayList<>();
        for (String w : spaced.strip().split("\\s+")) {
            if (!w.isEmpty()) {
                words.add(w);
            }
        }
        return words;
    }

    /** An actor phrase in the case the matcher checks: names title-cased, small words lower, initials as written. */
    static String actorPhrase(String raw) {
        List<String> out = new ArrayList<>();
        for (String word : words(raw)) {
            String lower = word.toLowerCase(Locale.ROOT);
            if (SMALL_WORDS.contains(lower)) {
                out.add(lower);
            } else if (isInitials(word) || word.chars().anyMatch(Character::isDigit)) {
                out.add(word);
            } else {
                out.add(titleCase(lower));
            }
        }
        return String.join(" ", out);
    }

    static String agentPhrase(String raw) {
        return String.join(" ", words(raw)).toLowerCase(Locale.ROOT);
    }

    /** "U.S.", "U.N.", "W.", "U.S.S.R": single letters separated by dots. */
    private static boolean isInitials(String word) {
        return word.matches("(\\p{L}\\.)+\\p{L}?");
    }

    private static String titleCase(String lower) {
        StringBuilder b = new StringBuilder(lower.length());
        boolean start = true;
        for (int i = 0; i < lower.length(); i++) {
            char c = lower.charAt(i);
            b.append(start ? Character.toUpperCase(c) : c);
            start = c == '-';
        }
        return b.toString();
    }
}
