package org.attache.places;

import org.attache.actors.CapitalTenure;
import org.attache.actors.PhraseTokens;
import org.attache.actors.PhraseTrie;
import org.attache.nlp.ParsedSentence;
import org.attache.resources.BundledLines;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

/**
 * Places by name (the bundled {@code places/gazetteer.tsv}: every country, its capital and major cities, some
 * regions, with coordinates), matched in sentences with the same token trie and case rules as the actor
 * dictionaries. A capital with dated tenure (the optional seventh column) is matched as what it was on the article's
 * date: before Juba was South Sudan's capital, a city of Sudan.
 */
public final class Gazetteer {
    private final PhraseTrie<Named> trie = new PhraseTrie<>();

    /** A capital is the likelier reading of a name it shares with other places ("Tripoli"). */
    private static final Comparator<Place> CAPITALS_FIRST = Comparator.comparing((Place p) -> !p.kind().equals("capital"));

    /** A place under one of its names, with the name's tokens as written for case checks. */
    private record Named(Place place, CapitalTenure tenure, List<String> written) {
        /** The place as it was on {@code date}: outside a capital's tenure, a city of the country it belonged to. */
        Place on(LocalDate date) {
            if (tenure.capitalOn(date)) {
                return place;
            }
            return new Place(place.name(), "city", tenure.countryOn(date, place.country()), place.lat(), place.lon());
        }
    }

    /** Tokens [startToken, endToken) name these places (several when the name is ambiguous; capitals first). */
    public record PlaceMention(int startToken, int endToken, List<Place> places) {
        /**
         * The place this name most likely means: the first in one of {@code countries} (the countries the story is
         * about), else the first listed, a capital when one shares the name.
         */
        public Place preferring(Set<String> countries) {
            for (Place place : places) {
                if (countries.contains(place.country())) {
                    return place;
                }
            }
            return places.get(0);
        }
    }

    /** An empty gazetteer, which knows no place; {@link #bundled()} is the one the coder uses. */
    public Gazetteer() {
    }

    public static Gazetteer bundled() {
        Gazetteer gazetteer = new Gazetteer();
        BundledLines.forEach("/org/attache/places/gazetteer.tsv", (line, origin) -> {
            if (line.startsWith("name\t")) {
                return;
            }
            String[] cols = line.split("\t", -1);
            if (cols.length < 6 || cols.length > 7) {
                throw new IllegalStateException(origin + ": expected 6 tab-separated columns (7 for a dated capital)");
            }
            Place place = new Place(cols[0].strip(), cols[2].strip(), cols[3].strip(),
                    Double.parseDouble(cols[4].strip()), Double.parseDouble(cols[5].strip()));
            CapitalTenure tenure = tenure(cols.length > 6 ? cols[6] : "", place, origin);
            gazetteer.add(cols[0], place, tenure);
            for (String alias : cols[1].split("\\|")) {
                if (!alias.isBlank()) {
                    gazetteer.add(alias, place, tenure);
                }
            }
        });
        return gazetteer;
    }

    private static CapitalTenure tenure(String column, Place place, String origin) {
        try {
            CapitalTenure tenure = CapitalTenure.parse(column);
            if (tenure.dated() && !place.kind().equals("capital")) {
                throw new IllegalArgumentException("only a capital has dates as one");
            }
            return tenure;
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException(origin + ": " + e.getMessage(), e);
        }
    }

    private void add(String name, Place place, CapitalTenure tenure) {
        List<String> tokens = PhraseTokens.split(name);
        if (tokens.isEmpty()) {
            return;
        }
        List<String> written = new ArrayList<>();
        for (String w : name.strip().split("\\s+")) {
            written.add(w);
        }
        trie.add(tokens, new Named(place, tenure, written.size() == tokens.size() ? written : tokens));
    }

    /** Every place name in the sentence, as the places are today. */
    public List<PlaceMention> match(ParsedSentence sentence) {
        return match(sentence, null);
    }

    /** Every place name in the sentence, longest first, without overlaps, as the places were on {@code date}. */
    public List<PlaceMention> match(ParsedSentence sentence, LocalDate date) {
        List<String> normalised = new ArrayList<>(sentence.size());
        sentence.tokens().forEach(t -> normalised.add(PhraseTokens.normalise(t.word())));
        List<PlaceMention> found = new ArrayList<>();
        int i = 0;
        while (i < normalised.size()) {
            PlaceMention best = null;
            for (PhraseTrie.Match<Named> match : trie.matchesAt(normalised, i)) {
                List<Place> places = new ArrayList<>();
                for (Named named : match.values()) {
                    if (casesAgree(named.written(), sentence, match.start())) {
                        places.add(named.on(date));
                    }
                }
                places.sort(CAPITALS_FIRST);
                if (!places.isEmpty()) {
                    best = new PlaceMention(match.start(), match.end(), places);
                }
            }
            if (best != null) {
                found.add(best);
                i = best.endToken();
            } else {
                i++;
            }
        }
        return found;
    }

    private static boolean casesAgree(List<String> written, ParsedSentence sentence, int start) {
        for (int k = 0; k < written.size(); k++) {
            if (!PhraseTokens.caseCompatible(written.get(k), sentence.token(start + k).word())) {
                return false;
            }
        }
        return true;
    }
}
