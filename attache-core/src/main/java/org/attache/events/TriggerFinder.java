package org.attache.events;

import org.attache.nlp.ParsedSentence;
import org.attache.nlp.Token;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Finds the triggers of a sentence: verbs (choosing the most specific matching entry, so "hold talks" beats
 * "hold") and event nouns. A noun already used as the object of a light verb is not a trigger of its own: one
 * event per trigger.
 */
public final class TriggerFinder {
    private static final Set<String> PREPOSITIONAL_OBJECT_MARKERS = Set.of("to", "on", "upon");
    /** Weapons and strikes that, as a subject, make "strike" or "hit" an attack by their owner. */
    private static final Set<String> WEAPONS = Set.of("missile", "rocket", "shell", "mortar", "artillery", "bomb",
            "warplane", "jet", "aircraft", "drone", "bomber", "helicopter", "gunship", "tank", "airstrike", "strike",
            "fire", "gunfire", "shelling", "bombardment", "munition", "projectile", "torpedo", "grenade");
    /** Objects that name a share of what follows "of": "suspended part of its aid programme". */
    private static final Set<String> PARTITIVES = Set.of("part", "some", "most", "all", "half", "portion", "share",
            "bulk", "rest", "much", "remainder", "third", "quarter");

    private final TriggerLexicon lexicon;

    public TriggerFinder(TriggerLexicon lexicon) {
        this.lexicon = lexicon;
    }

    /**
     * Whether the sentence could hold a trigger that yields an event; needs only tags and lemmas, so it can decide
     * before the dependency parse. False only when {@link #find} cannot match, or when what it matches cannot become
     * an event of its own:
     * <ul>
     * <li>a verb or noun whose lemma the lexicon lists, with the entry's object noun ("hold =talk") and particle
     * ("call +for") somewhere in the sentence, since the parse can only find them among its words;</li>
     * <li>a speech verb ("say", "add") without an object slot is an event only when it has an addressee, which it
     * finds in a prepositional slot ("said to X") or in the object of an infinitive or gerund complement ("said to
     * give X", "said citing the example of the US military"): so one of those prepositions, "to", or a gerund after
     * the verb must be in the sentence. (When the speech verb carries a reported event instead, that event's own
     * trigger is in the sentence.)</li>
     * </ul>
     */
    public boolean mayHaveTriggers(ParsedSentence sentence) {
        java.util.Set<String> lemmas = new HashSet<>();
        for (Token token : sentence.tokens()) {
            lemmas.add(lemma(token));
            lemmas.add(token.lowerWord());
        }
        int lastGerund = -1;
        for (Token token : sentence.tokens()) {
            if (token.pos().equals("VBG")) {
                lastGerund = token.index();
            }
        }
        for (Token token : sentence.tokens()) {
            if (token.isVerb()) {
                for (TriggerEntry entry : lexicon.verbs(lemma(token))) {
                    if (mayMatch(entry, lemmas, lastGerund > token.index())) {
                        return true;
                    }
                }
            } else if (token.isNoun() && !lexicon.nouns(lemma(token)).isEmpty()) {
                return true;
            }
        }
        return false;
    }

    private static boolean mayMatch(TriggerEntry entry, java.util.Set<String> lemmas, boolean gerundAfter) {
        if ((entry.objectNoun() != null && !lemmas.contains(entry.objectNoun())
                && !(entry.objectNoun().equals("wargame") && lemmas.contains("war") && lemmas.contains("game")))
                || (entry.particle() != null && !lemmas.contains(entry.particle()))) {
            return false;
        }
        if (entry.has("speech") && !entry.targetSlots().contains("obj") && !entry.targetSlots().contains("iobj")) {
            if (lemmas.contains("to") || gerundAfter) {
                return true;
            }
            for (String slot : entry.targetSlots()) {
                if (lemmas.contains(slot)) {
                    return true;
                }
            }
            return false;
        }
        return true;
    }

    public List<TriggerMatch> find(ParsedSentence sentence) {
        List<TriggerMatch> matches = new ArrayList<>();
        Set<Integer> consumed = new HashSet<>();
        for (int i = 0; i < sentence.size(); i++) {
            Token token = sentence.token(i);
            boolean predicateAdjective = isPredicateAdjective(sentence, i);
            if (!token.isVerb() && !predicateAdjective) {
                continue;
            }
            TriggerMatch best = null;
            for (TriggerEntry entry : lexicon.verbs(predicateAdjective ? withoutHyphens(token.lowerWord()) : lemma(token))) {
                TriggerMatch match = matchVerb(sentence, i, entry);
                if (match != null && (best == null || entry.specificity() > best.entry().specificity())) {
                    best = match;
                }
            }
            if (best != null) {
                matches.add(best);
                consumed.addAll(best.tokens());
            }
        }
        for (int i = 0; i < sentence.size(); i++) {
            Token token = sentence.token(i);
            if (!token.isNoun() || consumed.contains(i) || sentence.relation(i).startsWith("compound")) {
                continue;
            }
            List<TriggerEntry> entries = lexicon.nouns(lemma(token));
            if (!entries.isEmpty()) {
                matches.add(new TriggerMatch(i, entries.get(0), List.of(i)));
            }
        }
        matches.sort(java.util.Comparator.comparingInt(TriggerMatch::token));
        return matches;
    }

    /**
     * "Norway is willing to send...", "is ready to contribute", "is prepared to lift": an adjective with a copula and
     * a clausal complement acts as a verb; the lexicon lists it under its word form.
     */
    private static boolean isPredicateAdjective(ParsedSentence sentence, int i) {
        String pos = sentence.token(i).pos();
        return (pos.startsWith("JJ") || pos.equals("VBN")) && sentence.firstDependent(i, "cop") >= 0
                && sentence.firstDependent(i, "xcomp") >= 0;
    }

    private static TriggerMatch matchVerb(ParsedSentence sentence, int verb, TriggerEntry entry) {
        if (entry.has("weapon") && !weaponSubject(sentence, verb)) {
            return null; // "missiles struck the depot" is an attack; "the striker hit the post" is not
        }
        List<Integer> tokens = new ArrayList<>(3);
        tokens.add(verb);
        if (entry.objectNoun() != null && entry.particle() == null && cancels(sentence, verb)) {
            return null; // "called off the strike" is no strike: only an entry with the particle matches
        }
        if (entry.objectNoun() != null) {
            int object = objectWithLemma(sentence, verb, entry.objectNoun());
            if (object < 0) {
                return null;
            }
            tokens.add(object);
        }
        if (entry.particle() != null) {
            int particle = particle(sentence, verb, entry.particle());
            if (particle < 0) {
                return null;
            }
            tokens.add(particle);
        }
        return new TriggerMatch(verb, entry, List.copyOf(tokens));
    }

    private static int objectWithLemma(ParsedSentence sentence, int verb, String noun) {
        for (int child : sentence.children(verb)) {
            String rel = sentence.relation(child);
            // "agreed to a ceasefire", "agreed on a truce": a prepositional object serves as the light verb's noun
            boolean prepositionalObject = rel.equals("obl") && sentence.caseMarker(child) != null
                    && PREPOSITIONAL_OBJECT_MARKERS.contains(sentence.caseMarker(child));
            boolean objectLike = rel.equals("obj") || rel.equals("nsubj:pass") || rel.equals("dobj") || prepositionalObject;
            if (objectLike && names(sentence, child, noun)) {
                return child;
            }
            // "declined to comment", "agreed to talk": a bare infinitive of the same word serves as the noun (one
            // with an object or a complement of its own is a different act: "threatened to strike Iran", "send
            // material to help defend Saudi Arabia")
            if (rel.equals("xcomp") && sentence.token(child).isVerb() && lemma(sentence.token(child)).equals(noun)
                    && sentence.firstDependent(child, "obj") < 0 && sentence.firstDependent(child, "xcomp") < 0
                    && sentence.firstDependent(child, "ccomp") < 0) {
                return child;
            }
            if (objectLike && !sentence.token(child).isProperNoun()) {
                // "gave Ivory Coast 5 million dollars of aid", "provided $1.7 billion in assistance", "suspended
                // part of its aid programme"
                for (int modifier : sentence.dependents(child, "nmod")) {
                    String marker = sentence.caseMarker(modifier);
                    if ("of".equals(marker) || "in".equals(marker)) {
                        if (names(sentence, modifier, noun)) {
                            return modifier;
                        }
                        boolean partitive = PARTITIVES.contains(lemma(sentence.token(child)));
                        for (int compound : sentence.dependents(modifier, "compound")) {
                            if (partitive && compound < modifier && names(sentence.token(compound), noun)) {
                                return compound;
                            }
                        }
                    }
                }
                // "launched artillery, mortar and rocket fire", "imposed travel bans and sanctions": a coordinated
                // object
                for (int conjunct : sentence.dependents(child, "conj")) {
                    if (sentence.token(conjunct).isNoun() && names(sentence, conjunct, noun)) {
                        return conjunct;
                    }
                }
                // "suspended aid deliveries", "ended mediation efforts": the light verb's noun as a modifier of
                // a generic head noun
                for (int modifier : sentence.dependents(child, "compound")) {
                    if (modifier < child && names(sentence.token(modifier), noun)) {
                        return modifier;
                    }
                }
            }
        }
        return -1;
    }

    /**
     * Whether the verb carries the particle "off", which turns a light verb into its cancellation: "called off the
     * strike", "put off the talks", "held off the attack".
     */
    private static boolean cancels(ParsedSentence sentence, int verb) {
        for (int child : sentence.dependents(verb, "compound:prt")) {
            if (sentence.token(child).lowerWord().equals("off")) {
                return true;
            }
        }
        return false;
    }

    /** The particle as compound:prt, or as the case marker of one of the verb's obliques ("call on X"). */
    private static int particle(ParsedSentence sentence, int verb, String word) {
        for (int child : sentence.children(verb)) {
            String rel = sentence.relation(child);
            if ((rel.equals("compound:prt") || rel.equals("advmod") || rel.equals("fixed"))
                    && lemma(sentence.token(child)).equals(word)) {
                return child;
            }
            if (rel.startsWith("obl") || rel.startsWith("nmod") || rel.equals("obj") || rel.equals("xcomp")
                    || rel.equals("advcl") || rel.equals("ccomp")) {
                if (fronted(sentence, verb, child)) {
                    continue; // "With the signing of the memorandum, the two sides agreed to...": no "agree with"
                }
                for (int grandchild : sentence.children(child)) {
                    String gRel = sentence.relation(grandchild);
                    if ((gRel.equals("case") || gRel.equals("mark")) && lemma(sentence.token(grandchild)).equals(word)) {
                        return grandchild;
                    }
                }
            }
        }
        return -1;
    }

    /** Whether the verb's (active) subject is a weapon or a strike: "warplanes pounded", "artillery fire hit". */
    private static boolean weaponSubject(ParsedSentence sentence, int verb) {
        for (int subject : sentence.dependents(verb, "nsubj")) {
            if (!sentence.relation(subject).equals("nsubj:pass") && WEAPONS.contains(lemma(sentence.token(subject)))) {
                return true;
            }
        }
        return false;
    }

    /** An adjunct put before the verb's subject, at the head of the clause. */
    private static boolean fronted(ParsedSentence sentence, int verb, int child) {
        if (child > verb) {
            return false;
        }
        for (int subject : sentence.dependents(verb, "nsubj")) {
            if (subject > child) {
                return true;
            }
        }
        return false;
    }

    /**
     * The token is the noun, also as a two-word compound the lexicon writes as one: "war games" is a "wargame", a
     * military exercise, not a war.
     */
    private static boolean names(ParsedSentence sentence, int token, String noun) {
        if (names(sentence.token(token), noun)) {
            return true;
        }
        if (!noun.equals("wargame") || !names(sentence.token(token), "game")) {
            return false;
        }
        for (int compound : sentence.dependents(token, "compound")) {
            if (lemma(sentence.token(compound)).equals("war")) {
                return true;
            }
        }
        return false;
    }

    /** The token is the noun, also where the lemmatiser kept a plural ("troops"). */
    private static boolean names(Token token, String noun) {
        String lemma = lemma(token);
        return lemma.equals(noun) || lemma.equals(noun + "s") || lemma.equals(noun + "es");
    }

    /** Lower-cased and without hyphens, so that "cease-fire" and "ceasefire", "air-strike" and "airstrike" agree. */
    static String lemma(Token token) {
        return withoutHyphens(token.lemma().toLowerCase(Locale.ROOT));
    }

    static String withoutHyphens(String word) {
        return word.length() > 2 && word.indexOf('-') > 0 ? word.replace("-", "") : word;
    }
}
