package org.attache.events;

import org.attache.actors.Actor;
import org.attache.actors.ResolvedActor;
import org.attache.nlp.ParsedSentence;
import org.attache.places.Gazetteer;
import org.attache.places.Place;

import java.util.List;
import java.util.Set;

/**
 * The target of a material act that names no addressee but a place it is done in or to: "demonstrated in Serbia",
 * "exploded bombs in the capital Kabul", "fired shells at targets in Jericho", "dispatched inspectors to Esfahan",
 * "threatened to blockade Paris". A protest is addressed to the authorities of the place where it is held, and an
 * attack, a deployment or an inspection is aimed at the country of the place it strikes; the target is that
 * country, with no sector. Only places the gazetteer knows count, and only in the trigger's own phrases (its object,
 * its locative and directional phrases, the same phrases of its object and of its infinitive complement), never a
 * place elsewhere in the sentence or a dateline.
 */
final class PlaceTargets {
    /** Prepositions that put an act in or at a place, or direct it to one. */
    private static final Set<String> PLACE_MARKERS = Set.of("in", "at", "near", "inside", "outside", "across",
            "along", "around", "within", "throughout", "into", "to", "against", "on");

    private PlaceTargets() {
    }

    /**
     * @param triggerTokens the trigger's tokens (a light verb's noun may carry the place: "staged rallies in Gaza")
     * @param preferred     countries to prefer for an ambiguous place name (the event's actors, the dateline)
     * @return the place's country as a target, or null when the trigger's phrases name no place
     */
    static ResolvedActor find(ParsedSentence sentence, List<Gazetteer.PlaceMention> places, List<Integer> triggerTokens,
                              Set<String> preferred) {
        if (places.isEmpty()) {
            return null;
        }
        for (int trigger : triggerTokens) {
            ResolvedActor found = inPhrasesOf(sentence, places, trigger, preferred, 1);
            if (found == null && sentence.token(trigger).isNoun() && sentence.head(trigger) >= 0) {
                // "staged a demonstration in Lagos" parsed with the place on the governing verb
                found = inPhrasesOf(sentence, places, sentence.head(trigger), preferred, 0);
            }
            if (found != null) {
                return found;
            }
        }
        return null;
    }

    /**
     * A place in {@code head}'s object or place phrases; with {@code depth} left, also in the place phrases of its
     * object ("fired at targets in Jericho") and in its infinitive complement ("threatened to ban voting in East
     * Jerusalem").
     */
    private static ResolvedActor inPhrasesOf(ParsedSentence sentence, List<Gazetteer.PlaceMention> places, int head,
                                             Set<String> preferred, int depth) {
        for (int child : sentence.children(head)) {
            String rel = sentence.relation(child);
            String marker = sentence.caseMarker(child);
            boolean object = (rel.equals("obj") || rel.equals("nsubj:pass")) && marker == null;
            boolean placePhrase = (rel.startsWith("obl") || rel.startsWith("nmod")) && marker != null
                    && PLACE_MARKERS.contains(marker);
            if (object || placePhrase) {
                // the phrase itself names the place ("in Serbia", "blockade Paris"), or its own place modifier
                // does ("in the capital Kabul", "in the northern city of Kirkuk")
                ResolvedActor place = placeAt(sentence, places, child, preferred, 2);
                if (place != null) {
                    return place;
                }
            }
        }
        if (depth <= 0) {
            return null;
        }
        for (int child : sentence.children(head)) {
            String rel = sentence.relation(child);
            if (rel.equals("obj") || rel.equals("xcomp")) {
                ResolvedActor place = inPhrasesOf(sentence, places, child, preferred, depth - 1);
                if (place != null) {
                    return place;
                }
            }
        }
        return null;
    }

    /**
     * The place named by the phrase headed by {@code head}: the head's own name, an apposition or an "of" name
     * ("the northern city of Kirkuk"), else, with {@code depth} left, a place phrase inside it ("at targets in
     * Jericho", "at a jail in Dili", "on Tuesday in Serbia").
     */
    private static ResolvedActor placeAt(ParsedSentence sentence, List<Gazetteer.PlaceMention> places, int head,
                                         Set<String> preferred, int depth) {
        ResolvedActor own = placeCovering(sentence, places, head, preferred);
        if (own != null) {
            return own;
        }
        for (int child : sentence.children(head)) {
            String rel = sentence.relation(child);
            boolean naming = rel.equals("appos") || rel.startsWith("compound") || rel.equals("flat")
                    || (rel.startsWith("nmod") && "of".equals(sentence.caseMarker(child)));
            if (naming) {
                ResolvedActor named = placeCovering(sentence, places, child, preferred);
                if (named != null) {
                    return named;
                }
            }
        }
        if (depth <= 1) {
            return null;
        }
        for (int child : sentence.children(head)) {
            String marker = sentence.caseMarker(child);
            if (sentence.relation(child).startsWith("nmod") && marker != null && PLACE_MARKERS.contains(marker)) {
                ResolvedActor inner = placeAt(sentence, places, child, preferred, depth - 1);
                if (inner != null) {
                    return inner;
                }
            }
        }
        return null;
    }

    private static ResolvedActor placeCovering(ParsedSentence sentence, List<Gazetteer.PlaceMention> places, int token,
                                               Set<String> preferred) {
        for (Gazetteer.PlaceMention mention : places) {
            if (mention.startToken() <= token && token < mention.endToken()) {
                Place place = mention.preferring(preferred);
                String name = sentence.words(mention.startToken(), mention.endToken());
                return new ResolvedActor(Actor.of(place.country(), null, name, "place of the act: " + place.name()
                        + " (" + place.kind() + ", gazetteer)"), mention.startToken(), mention.endToken(), "place");
            }
        }
        return null;
    }
}
