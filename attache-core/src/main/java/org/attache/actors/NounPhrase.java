package org.attache.actors;

import org.attache.nlp.ParsedSentence;

import java.util.Arrays;
import java.util.Set;

/**
 * The tokens of the noun phrase headed by a token, with each token's distance from the head. Modifiers inside the
 * phrase (compounds, adjectives, possessors, appositions) are near; prepositional modifiers other than "of" count
 * as further away, so in "Pakistan's ambassador to the US" the actor is Pakistan's.
 */
final class NounPhrase {
    static final int OUTSIDE = Integer.MAX_VALUE;
    private static final Set<String> INSIDE = Set.of("compound", "flat", "amod", "nmod", "appos", "det", "case",
            "nummod", "fixed", "goeswith", "punct", "compound:prt", "nmod:poss", "nmod:tmod", "flat:name",
            "det:poss", "obl:npmod", "nmod:npmod", "dep");

    /** "towns near Kyiv" are not Kyiv's; "students throughout Indonesia", "protesters across Iran" are (as "in"). */
    private static final Set<String> PLACE_MARKERS = Set.of("near", "outside", "around", "along",
            "beyond", "inside", "within", "towards", "toward", "into", "through");

    /** Nouns that name where a thing is by a country's edge: the country is not the thing's owner. */
    private static final Set<String> BORDERS = Set.of("border", "frontier", "boundary", "borderland");

    private final int head;
    private final int[] distance;

    NounPhrase(ParsedSentence sentence, int head) {
        this.head = head;
        this.distance = new int[sentence.size()];
        Arrays.fill(distance, OUTSIDE);
        visit(sentence, head, 0);
    }

    private void visit(ParsedSentence sentence, int token, int depth) {
        distance[token] = depth;
        for (int child : sentence.children(token)) {
            String rel = sentence.relation(child);
            if (!INSIDE.contains(rel) && !rel.startsWith("nmod") && !rel.startsWith("compound")
                    && !rel.startsWith("flat")) {
                continue;
            }
            int step = 1;
            if (rel.startsWith("nmod") && !rel.equals("nmod:poss")) {
                String marker = sentence.caseMarker(child);
                if (marker != null && PLACE_MARKERS.contains(marker)) {
                    continue; // "towns near Kyiv" are not Kyiv's government
                }
                if (BORDERS.contains(sentence.token(child).lemma().toLowerCase(java.util.Locale.ROOT))) {
                    continue; // "a rebel base on the Thai border" is no Thai base
                }
                step = "of".equals(marker) ? 1 : 3;
            }
            if (depth + step < distance[child]) {
                visit(sentence, child, depth + step);
            }
        }
    }

    int head() {
        return head;
    }

    boolean contains(int token) {
        return distance[token] != OUTSIDE;
    }

    int distance(int token) {
        return distance[token];
    }

    /** Smallest distance of any token in [start, end), or OUTSIDE when none is in the phrase. */
    int distance(int start, int end) {
        int best = OUTSIDE;
        for (int i = start; i < end; i++) {
            best = Math.min(best, distance[i]);
        }
        return best;
    }
}
