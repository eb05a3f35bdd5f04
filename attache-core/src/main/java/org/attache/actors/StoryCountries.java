package org.attache.actors;

import org.attache.places.Gazetteer;
import org.attache.places.Place;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The countries one article names so far, and what a capital's name means there. A capital that shares its name with
 * a place of another country in the gazetteer ("Tripoli": Libya's capital, a port of Lebanon; "La Paz": Bolivia's
 * seat, a Mexican city) is that other place when the story names the other country (its name, a demonym, one of its
 * places) but not the capital's own; it is then a mere place of that country, with no government sector. The choice
 * is the event locator's, {@link Gazetteer.PlaceMention#preferring}, so an actor and the place of its event read a
 * name alike. A capital's name inside a longer place name of another country ("Mocímboa da Praia" in Mozambique,
 * "East London" in South Africa) is that place.
 */
final class StoryCountries {
    private final Set<String> named = new HashSet<>();

    /**
     * Learns the countries a sentence names without ambiguity: a country's name, demonym, seat or capital, and
     * every gazetteer place whose name is one country's only. A name of places in several countries tells nothing,
     * nor does a name inside a longer place name ("Jerusalem" in "East Jerusalem": the longer place tells). Datelines
     * count: "TRIPOLI, Lebanon —" says where the story is.
     */
    void learn(List<ActorMention> mentions, List<Gazetteer.PlaceMention> places) {
        for (ActorMention mention : mentions) {
            DictionaryEntry country = mention.firstCountryLike();
            Gazetteer.PlaceMention place = placeOver(places, mention);
            if (country != null && (place == null || (!longer(place, mention) && countries(place).size() == 1))) {
                named.add(country.country());
            }
        }
        for (Gazetteer.PlaceMention place : places) {
            Set<String> countries = countries(place);
            if (countries.size() == 1) {
                named.addAll(countries);
            }
        }
    }

    /**
     * The mentions with each capital read as the story means it: a name shared with places of other countries by the
     * countries named so far; a name that is only part of a longer place name of another country ("Mocímboa da
     * Praia", "East Jerusalem", "Santiago de Cuba") as that place, over its whole name.
     */
    List<ActorMention> readCapitals(List<ActorMention> mentions, List<Gazetteer.PlaceMention> places) {
        List<ActorMention> read = new ArrayList<>(mentions.size());
        for (ActorMention mention : mentions) {
            DictionaryEntry capital = mention.first(DictionaryEntry.Kind.CAPITAL);
            Gazetteer.PlaceMention place = capital == null ? null : placeOver(places, mention);
            if (place == null) {
                read.add(mention);
            } else if (inLongerName(place, mention, capital)) {
                Place meant = place.preferring(named);
                // the actor's words are the whole place name, unless another name lies inside it
                boolean alone = mentions.stream().noneMatch(m -> m != mention
                        && m.startToken() < place.endToken() && m.endToken() > place.startToken());
                read.add(readAs(mention, capital, meant, alone ? place.startToken() : mention.startToken(),
                        alone ? place.endToken() : mention.endToken(), "part of the place name " + meant.name()));
            } else if (countries(place).size() > 1 && countries(place).contains(capital.country())) {
                Place meant = place.preferring(named);
                read.add(meant.country().equals(capital.country()) ? mention
                        : readAs(mention, capital, meant, mention.startToken(), mention.endToken(),
                        "the story names " + meant.country() + ", not " + capital.country()));
            } else {
                read.add(mention);
            }
        }
        return read;
    }

    private static ActorMention readAs(ActorMention mention, DictionaryEntry capital, Place meant, int start, int end,
                                       String why) {
        DictionaryEntry other = capital.placeOf(meant.country(), "read as " + meant.name() + " of "
                + meant.country() + " (gazetteer): " + why);
        List<DictionaryEntry> entries = new ArrayList<>(mention.entries());
        entries.set(entries.indexOf(capital), other);
        return new ActorMention(start, end, entries);
    }

    /** Whether the capital's words are only part of the name of a place none of whose readings is in its country. */
    private static boolean inLongerName(Gazetteer.PlaceMention place, ActorMention mention, DictionaryEntry capital) {
        return longer(place, mention) && !countries(place).contains(capital.country());
    }

    private static boolean longer(Gazetteer.PlaceMention place, ActorMention mention) {
        return place.endToken() - place.startToken() > mention.endToken() - mention.startToken();
    }

    /** The gazetteer's place whose name covers the mention's words, or null. */
    private static Gazetteer.PlaceMention placeOver(List<Gazetteer.PlaceMention> places, ActorMention mention) {
        for (Gazetteer.PlaceMention place : places) {
            if (place.startToken() <= mention.startToken() && place.endToken() >= mention.endToken()) {
                return place;
            }
        }
        return null;
    }

    private static Set<String> countries(Gazetteer.PlaceMention place) {
        Set<String> countries = new HashSet<>();
        place.places().forEach(p -> countries.add(p.country()));
        return countries;
    }
}
