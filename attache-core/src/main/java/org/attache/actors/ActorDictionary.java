package org.attache.actors;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The actor dictionaries as one phrase trie: countries (names, adjectives, capitals), seats of power,
 * organisations and armed groups, sector words, and people with dated roles. The bundled files live under
 * {@code org/attache/actors/} and are plain tab-separated text a user can read and extend.
 */
public final class ActorDictionary {
    private static final String BUNDLED = "/org/attache/actors/";

    private PhraseTrie<Phrase> trie = new PhraseTrie<>();
    private final List<DictionaryEntry> entries = new ArrayList<>();
    private final List<DictionaryLoad> loads = new ArrayList<>();
    private final List<String> stateNames = new ArrayList<>();
    /** The codes of the countries listed, to tell a state's role from an international body's or a group's. */
    private final Set<String> states = new HashSet<>();
    /**
     * People's name entries by surname; built on first use, dropped whenever an entry is added. Volatile: resolvers
     * on several threads share one dictionary, and each sees either no index or a complete one.
     */
    private volatile Map<String, List<DictionaryEntry>> peopleBySurname;
    /** Words after a surname that are not the surname ("Joseph R. Biden Jr."). */
    private static final Set<String> NAME_SUFFIXES = Set.of("jr.", "jr", "sr.", "sr", "ii", "iii", "iv");

    /** A dictionary entry with the phrase's tokens as written, for case checks. */
    public record Phrase(DictionaryEntry entry, List<String> writtenTokens) {
    }

    public static ActorDictionary bundled() {
        ActorDictionary dictionary = new ActorDictionary();
        dictionary.loadCountries(BUNDLED + "countries.tsv");
        dictionary.loadSeats(BUNDLED + "seats.tsv");
        dictionary.loadOrganisations(BUNDLED + "organisations.tsv");
        dictionary.loadSectors(BUNDLED + "sectors.tsv");
        dictionary.loadPeople(BUNDLED + "people.txt");
        dictionary.loadNonActors(BUNDLED + "non-actors.tsv");
        return dictionary;
    }

    public PhraseTrie<Phrase> trie() {
        return trie;
    }

    public List<DictionaryEntry> entries() {
        return entries;
    }

    /**
     * The bundled dictionaries with extra dictionary files loaded over them, in order: a later file's phrase replaces
     * the same phrase of an earlier file or of the bundled dictionaries (see {@link #load(Path)}).
     */
    public static ActorDictionary bundledWith(List<Path> files) throws IOException {
        ActorDictionary dictionary = bundled();
        for (Path file : files) {
            dictionary.load(file);
        }
        return dictionary;
    }

    /**
     * Loads an extra dictionary file in any format {@link DictionaryFiles} recognises (Attaché's own or
     * TABARI/PETRARCH) over what is loaded already; see {@link #addOverriding(DictionaryImport)}.
     */
    public DictionaryLoad load(Path file) throws IOException {
        return addOverriding(DictionaryFiles.read(file));
    }

    /**
     * Adds the entries of an imported dictionary, replacing every entry already loaded (bundled, from an earlier file,
     * or earlier in this one) for the same phrase: later entries override earlier ones. Phrases are the same when
     * their normalised tokens are; sector words and names are kept apart, so an agents file's "security council"
     * [~GOV] does not replace the organisation "Security Council". Replacements that change the code are returned
     * as conflicts.
     */
    public DictionaryLoad addOverriding(DictionaryImport imported) {
        Map<String, DictionaryEntry> incoming = new HashMap<>();
        List<DictionaryEntry> ordered = new ArrayList<>(imported.entries().size());
        List<DictionaryConflict> conflicts = new ArrayList<>();
        int replaced = 0;
        for (DictionaryEntry entry : imported.entries()) {
            List<String> tokens = PhraseTokens.split(entry.phrase());
            if (tokens.isEmpty()) {
                continue;
            }
            DictionaryEntry before = incoming.put(overrideKey(tokens, entry), entry);
            if (before != null) {
                ordered.remove(before);
                replaced++;
                if (!DictionaryConflict.codes(before).equals(DictionaryConflict.codes(entry))) {
                    conflicts.add(new DictionaryConflict(before, entry));
                }
            }
            ordered.add(entry);
        }
        boolean removed = false;
        for (java.util.Iterator<DictionaryEntry> it = entries.iterator(); it.hasNext(); ) {
            DictionaryEntry existing = it.next();
            DictionaryEntry later = incoming.get(overrideKey(PhraseTokens.split(existing.phrase()), existing));
            if (later != null) {
                it.remove();
                removed = true;
                replaced++;
                if (!DictionaryConflict.codes(existing).equals(DictionaryConflict.codes(later))) {
                    conflicts.add(new DictionaryConflict(existing, later));
                }
            }
        }
        if (removed) {
            List<DictionaryEntry> kept = new ArrayList<>(entries);
            entries.clear();
            states.clear();
            trie = new PhraseTrie<>();
            kept.forEach(this::add);
        }
        ordered.forEach(this::add);
        DictionaryLoad load = new DictionaryLoad(imported, replaced, conflicts);
        loads.add(load);
        return load;
    }

    /** The extra dictionaries loaded into this one, in order. */
    public List<DictionaryLoad> loads() {
        return List.copyOf(loads);
    }

    /** Every entry for exactly this phrase (any case, as the matcher compares), bundled and loaded. */
    public List<DictionaryEntry> lookup(String phrase) {
        List<String> tokens = PhraseTokens.split(phrase);
        if (tokens.isEmpty()) {
            return List.of();
        }
        return trie.exact(tokens).stream().map(Phrase::entry).toList();
    }

    /** Whether {@code code} is a country's code (not an international body's, such as UNO, or a group's). */
    public boolean isState(String code) {
        return states.contains(code);
    }

    /**
     * The name entries of listed people whose surname, the last word of one of their names, is {@code surname}
     * (any case): "Merkel" finds "Angela Merkel". Several entries may belong to one person (one per name). A name
     * written family name first ("Kim Jong Un") is indexed by its last word all the same: a given name, which news
     * does not put a title before, so such people are not found by their surname.
     */
    public List<DictionaryEntry> peopleWithSurname(String surname) {
        Map<String, List<DictionaryEntry>> built = peopleBySurname;
        if (built == null) {
            Map<String, List<DictionaryEntry>> index = new HashMap<>();
            for (DictionaryEntry entry : entries) {
                if (entry.kind() == DictionaryEntry.Kind.PERSON) {
                    index.computeIfAbsent(surnameOf(entry.phrase()), k -> new ArrayList<>()).add(entry);
                }
            }
            peopleBySurname = index;
            built = index;
        }
        return built.getOrDefault(PhraseTokens.normalise(surname), List.of());
    }

    private static String surnameOf(String name) {
        List<String> tokens = PhraseTokens.split(name);
        int last = tokens.size() - 1;
        while (last > 0 && NAME_SUFFIXES.contains(tokens.get(last))) {
            last--;
        }
        return tokens.get(last);
    }

    private static String overrideKey(List<String> tokens, DictionaryEntry entry) {
        return (entry.kind() == DictionaryEntry.Kind.SECTOR ? "sector:" : "name:") + String.join(" ", tokens);
    }

    public void add(DictionaryEntry entry) {
        List<String> written = new ArrayList<>();
        for (String word : entry.phrase().strip().split("\\s+")) {
            String w = word.replace('’', '\'');
            if (w.length() > 2 && w.endsWith("'s")) {
                written.add(w.substring(0, w.length() - 2));
                written.add("'s");
            } else {
                written.add(w);
            }
        }
        List<String> tokens = PhraseTokens.split(entry.phrase());
        if (tokens.isEmpty()) {
            return;
        }
        trie.add(tokens, new Phrase(entry, written.size() == tokens.size() ? written : tokens));
        entries.add(entry);
        if (entry.kind() == DictionaryEntry.Kind.COUNTRY) {
            states.add(entry.country());
        }
        peopleBySurname = null;
    }

    /**
     * The names and demonyms of the states in the bundled country list: the words a misspelling may be read as.
     * Imported dictionaries are left out, since they list thousands of towns under a country code.
     */
    public List<String> stateNames() {
        return java.util.Collections.unmodifiableList(stateNames);
    }

    private void loadCountries(String resource) {
        forEachRow(resource, 4, (cols, origin) -> {
            String code = cols[0];
            for (String column : List.of(cols[1], cols[2])) {
                for (String name : column.split("\\|")) {
                    if (!name.isBlank()) {
                        stateNames.add(name.strip());
                    }
                }
            }
            addAll(cols[1], name -> new DictionaryEntry(DictionaryEntry.Kind.COUNTRY, name, code, null, code, null, origin));
            addAll(cols[2], name -> new DictionaryEntry(DictionaryEntry.Kind.DEMONYM, name, code, null, code, null, origin));
            // A capital stands for the government that sits in it ("Islamabad urged..." is PAKGOV), while it is one.
            addAll(cols[3], value -> capital(value, code, origin));
        });
    }

    /** A capitals value, "Juba (from 2011-07-09, before SDN)": the government, with the dates it is one. */
    private static DictionaryEntry capital(String value, String code, String origin) {
        try {
            return capital(CapitalTenure.named(value), code, origin);
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException(origin + ": capital '" + value + "': " + e.getMessage(), e);
        }
    }

    /** A capital's entry: {@code <code>GOV}, with dated roles when its tenure is dated. */
    static DictionaryEntry capital(CapitalTenure.Named named, String code, String origin) {
        return new DictionaryEntry(DictionaryEntry.Kind.CAPITAL, named.name(), code, "GOV", code + "GOV",
                named.tenure().roles(code, origin), origin);
    }

    private void loadSeats(String resource) {
        forEachRow(resource, 2, (cols, origin) -> {
            String code = cols[1];
            String country = code.substring(0, Math.min(3, code.length()));
            String sector = code.length() > 3 ? code.substring(3) : null;
            addAll(cols[0], name -> new DictionaryEntry(DictionaryEntry.Kind.SEAT, name, country, sector, code, null, origin));
        });
    }

    private void loadOrganisations(String resource) {
        forEachRow(resource, 5, (cols, origin) -> {
            String code = cols[0];
            String group = cols[1].isEmpty() ? code : cols[1];
            String sector = cols[2].isEmpty() ? null : cols[2];
            addAll(cols[4], name -> new DictionaryEntry(DictionaryEntry.Kind.ORGANISATION, name, group, sector, code, null, origin));
        });
    }

    private void loadSectors(String resource) {
        forEachRow(resource, 2, (cols, origin) ->
                addAll(cols[0], name -> new DictionaryEntry(DictionaryEntry.Kind.SECTOR, name, null, cols[1], null, null, origin)));
    }

    private void loadNonActors(String resource) {
        forEachRow(resource, 1, (cols, origin) ->
                addAll(cols[0], name -> new DictionaryEntry(DictionaryEntry.Kind.NON_ACTOR, name, null, null, null, null, origin)));
    }

    private void loadPeople(String resource) {
        List<String> names = new ArrayList<>();
        List<DatedRole> roles = new ArrayList<>();
        String[] personOrigin = new String[1];
        Runnable flush = () -> {
            if (!names.isEmpty()) {
                List<DatedRole> personRoles = List.copyOf(roles);
                for (String name : names) {
                    add(new DictionaryEntry(DictionaryEntry.Kind.PERSON, name, null, null, null, personRoles, personOrigin[0]));
                }
            }
            names.clear();
            roles.clear();
        };
        forEachLine(resource, (line, origin) -> {
            String[] cols = line.split("\t", -1);
            switch (cols[0]) {
                case "person" -> {
                    flush.run();
                    personOrigin[0] = origin;
                    for (String name : cols[1].split("\\|")) {
                        if (!name.isBlank()) {
                            names.add(name.strip());
                        }
                    }
                }
                case "role" -> {
                    if (names.isEmpty() || cols.length < 4) {
                        throw new IllegalStateException(origin + ": a role line needs a person line before it and"
                                + " code, start and end columns");
                    }
                    String code = cols[1].strip();
                    roles.add(new DatedRole(code.substring(0, 3), code.length() > 3 ? code.substring(3) : null,
                            date(cols[2], origin), cols[3].isBlank() ? null : date(cols[3], origin),
                            cols.length > 4 ? cols[4].strip() : "", origin));
                }
                default -> throw new IllegalStateException(origin + ": expected 'person' or 'role', found '" + cols[0] + "'");
            }
        });
        flush.run();
    }

    private static LocalDate date(String text, String origin) {
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw new IllegalStateException(origin + ": '" + text + "' is not a date (YYYY-MM-DD)", e);
        }
    }

    private void addAll(String names, java.util.function.Function<String, DictionaryEntry> entry) {
        for (String name : names.split("\\|")) {
            if (!name.isBlank()) {
                add(entry.apply(name.strip()));
            }
        }
    }

    private interface RowHandler {
        void row(String[] columns, String origin);
    }

    private interface LineHandler {
        void line(String line, String origin);
    }

    private static void forEachRow(String resource, int columns, RowHandler handler) {
        boolean[] headerSkipped = {false};
        forEachLine(resource, (line, origin) -> {
            String[] cols = line.split("\t", -1);
            if (!headerSkipped[0] && cols[0].equals("code") || cols[0].equals("phrase")) {
                headerSkipped[0] = true;
                return;
            }
            if (cols.length < columns) {
                throw new IllegalStateException(origin + ": expected " + columns + " tab-separated columns, found "
                        + cols.length);
            }
            for (int i = 0; i < cols.length; i++) {
                cols[i] = cols[i].strip();
            }
            handler.row(cols, origin);
        });
    }

    private static void forEachLine(String resource, LineHandler handler) {
        String fileName = resource.substring(resource.lastIndexOf('/') + 1);
        try (InputStream in = ActorDictionary.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing bundled dictionary " + resource);
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            int number = 0;
            while ((line = reader.readLine()) != null) {
                number++;
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                handler.line(line, fileName + ":" + number);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
