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
 * name alike.
 */
final class StoryCountries {
    private final Set<String> named = new HashSet<>();

    /**
     * Learns the countries a sentence names without ambiguity: a country's name, demonym, seat or capital, and
     * every gazetteer place whose name is one country's only. A name of places in several countries tells nothing.
     * Datelines count: "TRIPOLI, Lebanon —" says where the story is.
     */
    void learn(List<ActorMention> mentions, List<Gazetteer.PlaceMention> places) {
        for (ActorMention mention : mentions) {
            DictionaryEntry country = mention.firstCountryLike();
            Gazetteer.PlaceMention place = placeAt(places, mention);
            if (country != null && (place == null || countries(place).size() == 1)) {
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

    /** The mentions with each ambiguous capital read by the countries named so far. */
    List<ActorMention> readCapitals(List<ActorMention> mentions, List<Gazetteer.PlaceMention> places) {
        List<ActorMention> read = new ArrayList<>(mentions.size());
        for (ActorMention mention : mentions) {
            DictionaryEntry capital = mention.first(DictionaryEntry.Kind.CAPITAL);
            Gazetteer.PlaceMention place = capital == null ? null : placeAt(places, mention);
            if (place == null || countries(place).size() < 2 || !countries(place).contains(capital.country())) {
                read.add(mention);
                continue;
            }
            Place meant = place.preferring(named);
            if (meant.country().equals(capital.country())) {
                read.add(mention);
                continue;
            }
            DictionaryEntry other = capital.placeOf(meant.country(), "read as " + meant.name() + " of "
                    + meant.country() + " (gazetteer): the story names " + meant.country() + ", not "
                    + capital.country());
            List<DictionaryEntry> entries = new ArrayList<>(mention.entries());
            entries.set(entries.indexOf(capital), other);
            read.add(new ActorMention(mention.startToken(), mention.endToken(), entries));
        }
        return read;
    }

    /** The gazetteer's reading of exactly the mention's words, or null. */
    private static Gazetteer.PlaceMention placeAt(List<Gazetteer.PlaceMention> places, ActorMention mention) {
        for (Gazetteer.PlaceMention place : places) {
            if (place.startToken() == mention.startToken() && place.endToken() == mention.endToken()) {
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
