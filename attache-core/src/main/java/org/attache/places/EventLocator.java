package org.attache.places;

import org.attache.nlp.Dateline;
import org.attache.nlp.ParsedDocument;
import org.attache.nlp.ParsedSentence;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * Finds where an event happened: a locative phrase on its trigger ("clashed in Kandahar", "talks in Moscow"), a
 * visit's destination ("visited Brasilia"), else the article's dateline. Ambiguous names prefer a place in a
 * country of the event's actors or of the dateline. Places are as they were on the article's date (a capital's
 * tenure is dated in the gazetteer).
 */
public final class EventLocator {
    private static final Set<String> LOCATIVE_MARKERS = Set.of("in", "at", "near", "inside", "outside", "across",
            "along", "around", "within", "on");

    private final Gazetteer gazetteer;

    public EventLocator(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    public List<Gazetteer.PlaceMention> placesIn(ParsedSentence sentence, LocalDate date) {
        return gazetteer.match(sentence, date);
    }

    /** The place named by the first dateline of the article's opening sentences, or null. */
    public EventLocation dateline(ParsedDocument document, LocalDate date) {
        for (ParsedSentence sentence : document.sentences().subList(0, Math.min(3, document.sentences().size()))) {
            int dash = Dateline.dashIndex(sentence);
            if (dash < 0) {
                continue;
            }
            Gazetteer.PlaceMention best = null;
            for (Gazetteer.PlaceMention mention : gazetteer.match(sentence, date)) {
                if (mention.endToken() <= dash) {
                    best = best == null ? mention : best;
                    if (mention.places().stream().anyMatch(p -> p.kind().equals("country"))) {
                        // "CUCUTA, Colombia —": the country disambiguates the city before it
                        String country = mention.places().get(0).country();
                        Place city = best.places().stream().filter(p -> p.country().equals(country)).findFirst()
                                .orElse(best.places().get(0));
                        return location(document.text(), sentence, best, city);
                    }
                }
            }
            if (best != null) {
                return location(document.text(), sentence, best, best.places().get(0));
            }
        }
        return null;
    }

    /**
     * @param triggerTokens      the trigger's tokens (a light verb's noun may carry the place: "held talks in Moscow")
     * @param visit              whether the event is a visit, whose destination is its object or "to" phrase
     * @param preferredCountries countries of the event's actors and of the dateline, for ambiguous names
     */
    public EventLocation locate(String text, ParsedSentence sentence, List<Gazetteer.PlaceMention> places,
                                List<Integer> triggerTokens, boolean visit, Set<String> preferredCountries,
                                EventLocation dateline) {
        if (!places.isEmpty()) {
            for (int trigger : triggerTokens) {
                EventLocation found = locative(text, sentence, places, trigger, visit, preferredCountries);
                if (found == null && sentence.token(trigger).isNoun() && sentence.head(trigger) >= 0) {
                    found = locative(text, sentence, places, sentence.head(trigger), false, preferredCountries);
                }
                if (found != null) {
                    return found;
                }
            }
        }
        return dateline;
    }

    private EventLocation locative(String text, ParsedSentence sentence, List<Gazetteer.PlaceMention> places,
                                   int head, boolean visit, Set<String> preferred) {
        for (int child : sentence.children(head)) {
            String rel = sentence.relation(child);
            String marker = sentence.caseMarker(child);
            boolean locative = (rel.startsWith("obl") || rel.startsWith("nmod")) && marker != null
                    && LOCATIVE_MARKERS.contains(marker);
            boolean destination = visit && (rel.equals("obj") || "to".equals(marker));
            if (!locative && !destination) {
                continue;
            }
            Gazetteer.PlaceMention mention = placeUnder(sentence, places, child);
            if (mention != null) {
                return location(text, sentence, mention, mention.preferring(preferred));
            }
        }
        return null;
    }

    /** The place mention nearest the top of the phrase headed by {@code head} (its own words first). */
    private static Gazetteer.PlaceMention placeUnder(ParsedSentence sentence, List<Gazetteer.PlaceMention> places,
                                                     int head) {
        Gazetteer.PlaceMention best = null;
        int bestDepth = Integer.MAX_VALUE;
        for (Gazetteer.PlaceMention mention : places) {
            for (int t = mention.startToken(); t < mention.endToken(); t++) {
                int depth = depthBelow(sentence, t, head);
                if (depth >= 0 && depth < bestDepth) {
                    best = mention;
                    bestDepth = depth;
                }
            }
        }
        return best;
    }

    private static int depthBelow(ParsedSentence sentence, int token, int ancestor) {
        int depth = 0;
        for (int node = token; node >= 0 && depth < 8; node = sentence.head(node), depth++) {
            if (node == ancestor) {
                return depth;
            }
        }
        return -1;
    }

    private static EventLocation location(String text, ParsedSentence sentence, Gazetteer.PlaceMention mention,
                                          Place place) {
        int start = sentence.token(mention.startToken()).start();
        int end = sentence.token(mention.endToken() - 1).end();
        return new EventLocation(text.substring(start, end), start, end, place);
    }
}
