package org.attache.events;

import org.attache.nlp.ParsedSentence;

import java.util.Locale;
import java.util.Set;

/**
 * Decides whether a trigger is asserted, negated, hypothetical or future, from its own clause and the clauses that
 * control it ("did not agree to meet", "would be ready to help", "has yet to respond"). Reported speech is decided
 * by the coder, which knows the speech verbs.
 */
public final class ModalityDetector {
    private static final Set<String> NEGATORS = Set.of("not", "n't", "never", "no", "neither", "nor", "nobody",
            "none", "without");
    private static final Set<String> HYPOTHETICAL_AUX = Set.of("would", "could", "might", "may", "should", "can",
            "'d", "ought", "must");
    private static final Set<String> FUTURE_AUX = Set.of("will", "shall", "'ll", "wo");
    private static final Set<String> CONDITION_MARKS = Set.of("if", "unless", "whether", "lest");
    /** Verbs whose complement did not happen: "failed to reach", "refused to meet", "avoided meeting". */
    private static final Set<String> NEGATING_VERBS = Set.of("fail", "refuse", "decline", "avoid", "neglect",
            "cease", "stop", "deny", "reject", "postpone", "cancel");
    private static final Set<String> HYPOTHESISING_VERBS = Set.of("consider", "propose", "suggest", "mull",
            "weigh", "contemplate", "hope", "wish", "want", "seek", "urge", "ask", "call", "demand", "press",
            "appeal", "request", "offer", "try", "attempt", "threaten", "warn", "vow", "pledge", "promise",
            // "pressuring the workers to cancel the strike", "ordered the paper to suspend publication"
            "pressure", "push", "encourage", "persuade", "convince", "order", "instruct", "invite", "require",
            "lobby", "advise",
            // "are unlikely to meet", "is likely to sign": a forecast
            "likely", "unlikely");
    /** Nouns whose "for", "of" or "to" phrase is only proposed: "an offer for direct talks", "a call for sanctions". */
    private static final Set<String> PROPOSING_NOUNS = Set.of("offer", "proposal", "plan", "call", "appeal",
            "demand", "request", "invitation", "suggestion", "idea", "prospect", "possibility", "bid", "plea");
    private static final Set<String> PLANNING_VERBS = Set.of("plan", "prepare", "schedule");
    private static final Set<String> FUTURE_VERBS = Set.of("plan", "expect", "schedule", "set", "due", "prepare",
            "go", "aim", "intend");

    public Modality detect(ParsedSentence sentence, int trigger) {
        boolean hypothetical = sentence.endsWithQuestionMark();
        boolean future = false;
        int node = trigger;
        int steps = 0;
        while (node >= 0 && steps++ < 12) {
            if (hasNegatedSubject(sentence, node)) {
                return Modality.NEGATED;
            }
            for (int child : sentence.children(node)) {
                String rel = sentence.relation(child);
                String word = sentence.token(child).word().toLowerCase(Locale.ROOT);
                String lemma = sentence.token(child).lemma().toLowerCase(Locale.ROOT);
                if ((rel.equals("advmod") || rel.equals("neg") || rel.equals("det") || rel.equals("cc:preconj"))
                        && (NEGATORS.contains(word) || NEGATORS.contains(lemma))) {
                    return Modality.NEGATED;
                }
                if (rel.startsWith("aux")) {
                    if (HYPOTHETICAL_AUX.contains(word)) {
                        hypothetical = true;
                    } else if (FUTURE_AUX.contains(word)) {
                        future = true;
                    }
                }
                if (rel.equals("mark") && CONDITION_MARKS.contains(lemma)) {
                    hypothetical = true;
                }
            }
            String rel = sentence.relation(node);
            int head = sentence.head(node);
            if (head < 0) {
                break;
            }
            String headLemma = sentence.token(head).lemma().toLowerCase(Locale.ROOT);
            boolean controlled = rel.equals("xcomp") || (rel.equals("advcl") && hasMark(sentence, node, "to"));
            if (controlled) {
                if (NEGATING_VERBS.contains(headLemma) || hasYet(sentence, head)) {
                    return Modality.NEGATED;
                }
                if (HYPOTHESISING_VERBS.contains(headLemma)) {
                    hypothetical = true;
                }
                // "is going to close" is future; "went on strike to protest" is a purpose
                boolean goingTo = !headLemma.equals("go") || sentence.token(head).lowerWord().equals("going");
                if (FUTURE_VERBS.contains(headLemma) && goingTo) {
                    future = true;
                }
                node = head;
            } else if (node == trigger && sentence.token(node).isNoun() && rel.startsWith("nmod")
                    && PROPOSING_NOUNS.contains(headLemma)) {
                return Modality.HYPOTHETICAL;
            } else if (node == trigger && sentence.token(node).isNoun() && rel.equals("obj")
                    && PLANNING_VERBS.contains(headLemma)) {
                future = true; // "is preparing a major offensive", "planned an attack": not carried out yet
                node = head;
            } else if (node == trigger && sentence.token(node).isNoun()
                    && (rel.equals("obj") || rel.startsWith("nsubj") || rel.startsWith("obl"))) {
                node = head; // an event noun takes the modality of the verb that governs it
            } else if (rel.equals("conj") || rel.equals("advcl") || rel.equals("acl") || rel.equals("ccomp")
                    || rel.equals("parataxis") || rel.equals("root")) {
                // a condition or clause boundary: an "if" on the clause above still makes this hypothetical
                if (rel.equals("advcl") || rel.equals("conj")) {
                    node = head;
                    continue;
                }
                break;
            } else {
                break;
            }
        }
        if (hypothetical) {
            return Modality.HYPOTHETICAL;
        }
        return future ? Modality.FUTURE : Modality.ASSERTED;
    }

    /** "No government representative has met...", "Neither Sudan nor South Sudan has ratified...". */
    private static boolean hasNegatedSubject(ParsedSentence sentence, int verb) {
        for (int subject : sentence.dependents(verb, "nsubj")) {
            for (int child : sentence.children(subject)) {
                String rel = sentence.relation(child);
                String word = sentence.token(child).word().toLowerCase(Locale.ROOT);
                if ((rel.equals("det") || rel.equals("cc:preconj") || rel.equals("advmod"))
                        && (word.equals("no") || word.equals("neither"))) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean hasMark(ParsedSentence sentence, int node, String mark) {
        for (int child : sentence.dependents(node, "mark")) {
            if (sentence.token(child).lemma().equalsIgnoreCase(mark)) {
                return true;
            }
        }
        return false;
    }

    /** "has yet to respond": the event has not happened. */
    private static boolean hasYet(ParsedSentence sentence, int head) {
        for (int child : sentence.dependents(head, "advmod")) {
            if (sentence.token(child).lemma().equalsIgnoreCase("yet")) {
                return sentence.token(head).lemma().equalsIgnoreCase("have")
                        || sentence.token(head).lemma().equalsIgnoreCase("be");
            }
        }
        return false;
    }
}
