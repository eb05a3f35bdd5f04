package org.attache.events;

import org.attache.actors.ActorResolver;
import org.attache.actors.ResolvedActor;
import org.attache.nlp.ParsedSentence;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Finds a trigger's source and target on the UD tree. Verbs: the subject (or the passive "by" agent) is the
 * source; the target is in the first lexicon slot that holds an actor (the object, or an oblique with the named
 * preposition; in the passive the subject is the object). Subjectless verbs take the subject of the verb they are
 * coordinated with, or their controller ("urged Islamabad to address": Islamabad addresses). Nouns: the possessor,
 * a nationality or name modifier, or a "by" phrase is the source, else the subject of the verb that governs the
 * noun; the target is a modifier with a named preposition.
 */
public final class ArgumentFinder {
    /** Verbs of a clause that attributes the news to a source rather than spelling out what is asked. */
    private static final Set<String> ATTRIBUTIONS = Set.of("say", "tell", "report", "confirm", "add", "announce",
            "state", "note");
    private static final Set<String> SUBJECT_SHARING = Set.of("conj", "xcomp", "advcl");

    /** Verbs whose subject is the author of the text they take as object ("issued", not "vetoed", a resolution). */
    private static final Set<String> AUTHORING_VERBS = Set.of("issue", "release", "publish", "pass", "adopt", "sign",
            "send", "deliver", "make", "approve", "draft", "unveil", "present", "submit", "write", "circulate",
            "table", "introduce", "file", "enact", "hand", "post", "broadcast", "read", "put");

    /** Undertakings whose purpose clause is their undertaker's act: "launched an operation to detain...". */
    private static final Set<String> EFFORT_NOUNS = Set.of("operation", "campaign", "effort", "drive", "bid",
            "attempt", "mission", "offensive", "initiative", "push", "crackdown", "raid", "sweep");

    private static final Set<String> EXPELLING_VERBS = Set.of("expel", "deport", "banish", "evict");

    private static final Set<String> ENGAGED_IN = Set.of("engage", "involve", "participate");

    /**
     * Verbs that call a diplomat in so that the caller can say something: in "summoned the ambassador to protest"
     * the caller protests, to the one summoned (the purpose is the subject's, not the object's as after "urge").
     */
    private static final Set<String> SUMMONING_VERBS = Set.of("summon", "convoke");

    /** Texts whose participle speaks for their author: "a statement condemning", "a decree banning". */
    private static final Set<String> DOCUMENT_NOUNS = Set.of("statement", "declaration", "resolution", "decree",
            "communique", "communiqué", "letter", "report", "order", "law", "bill", "motion", "note", "petition",
            "message", "proclamation", "edict", "ruling", "verdict", "memorandum", "directive", "announcement");

    /**
     * @param triggerTokens every token that is a trigger in this sentence: an event noun governed by another trigger
     *                      ("welcomed the agreement") does not take that trigger's subject as its own source
     */
    public Arguments find(ParsedSentence sentence, TriggerMatch match, ActorResolver resolver,
                          java.util.Set<Integer> triggerTokens) {
        return match.entry().kind() == TriggerEntry.Kind.VERB
                ? verbArguments(sentence, match, resolver)
                : nounArguments(sentence, match, resolver, triggerTokens);
    }

    private Arguments verbArguments(ParsedSentence sentence, TriggerMatch match, ActorResolver resolver) {
        int verb = match.token();
        // "Israel is opposed to the plan", "forces were engaged in fighting": a participle that states what the
        // subject does, not what is done to it
        boolean stative = match.entry().has("stative") && !hasByAgent(sentence, verb);
        boolean passive = isPassive(sentence, verb) && !stative;
        List<Integer> sourceHeads = new ArrayList<>();
        if (passive) {
            for (int obl : sentence.dependents(verb, "obl")) {
                if ("by".equals(sentence.caseMarker(obl))) {
                    sourceHeads.add(obl);
                }
            }
            String code = match.entry().code();
            if (sourceHeads.isEmpty() && match.entry().objectNoun() != null && (code.startsWith("081")
                    || code.startsWith("085") || code.startsWith("087") || code.startsWith("162"))) {
                // "UN sanctions on Iran were lifted", "US aid to Egypt was suspended": whose sanctions or aid they
                // are lifts or suspends them
                for (int token : match.tokens()) {
                    if (token != verb && sentence.relation(token).equals("nsubj:pass")) {
                        sourceHeads.addAll(ownersOf(sentence, token));
                    }
                }
            }
            if (sourceHeads.isEmpty() && EXPELLING_VERBS.contains(match.entry().lemma())) {
                // "two inspectors were expelled from North Korea": the country that expels them
                for (int obl : sentence.dependents(verb, "obl")) {
                    if ("from".equals(sentence.caseMarker(obl))) {
                        sourceHeads.add(obl);
                    }
                }
            }
        } else {
            sourceHeads.addAll(sentence.dependents(verb, "nsubj"));
            if (!stative) {
                sourceHeads.removeIf(h -> sentence.relation(h).equals("nsubj:pass"));
            }
        }
        if (sourceHeads.isEmpty() && !passive) {
            int inherited = inheritedSubject(sentence, verb, 0);
            if (inherited >= 0) {
                sourceHeads.add(inherited);
            }
        }
        List<ResolvedActor> sources = resolveAll(sentence, sourceHeads, resolver);
        List<ResolvedActor> targets = List.of();
        List<String> slots = match.entry().targetSlots();
        if (match.entry().objectNoun() != null && !slots.contains("obj")) {
            slots = new ArrayList<>(slots);
            slots.add("obj"); // a light verb's noun may name its owner: "rejected an Australian ultimatum"
        }
        for (String slot : slots) {
            List<Integer> heads = verbSlot(sentence, verb, slot, passive, match);
            targets = withoutSelfReference(resolveAll(sentence, heads, resolver), sources);
            if (slot.equals("in") && match.entry().code().compareTo("13") >= 0) {
                targets = capitalsAsPlaces(targets, resolver);
            }
            if (targets.isEmpty() && !slot.equals("iobj") && !slot.equals("poss")) {
                // "welcomed President Reagan's statement", "condemned the Syrian offensive", "complained over
                // Ruritanian air raids": an object or oblique that is not an actor stands for its owner
                List<Integer> owners = new ArrayList<>();
                for (int object : heads) {
                    if (!match.tokens().contains(object)) {
                        for (int owner : ownersOf(sentence, object)) {
                            // an oblique's owner must be named ("over Ruritanian raids"), not a common noun
                            // ("an attack against a military target")
                            if (slot.equals("obj") || Character.isUpperCase(sentence.token(owner).word().charAt(0))) {
                                owners.add(owner);
                            }
                        }
                    }
                }
                targets = withoutSelfReference(resolveAll(sentence, owners, resolver), sources);
            }
            if (targets.isEmpty()) {
                // "an investigation into crimes committed by Croat forces": a deed named in the slot stands for
                // whoever committed it
                List<Integer> agents = new ArrayList<>();
                for (int deed : heads) {
                    if (!match.tokens().contains(deed) && sentence.token(deed).isNoun()) {
                        agents.addAll(committedBy(sentence, deed));
                    }
                }
                targets = withoutSelfReference(resolveAll(sentence, agents, resolver), sources);
            }
            if (!targets.isEmpty()) {
                break;
            }
        }
        if (targets.isEmpty() && !passive && EXPELLING_VERBS.contains(match.entry().lemma())) {
            // "expelled diplomats from Poland, Germany and Sweden": whose diplomats are sent back, when the place
            // they are sent from is another country than the expeller
            List<Integer> origins = new ArrayList<>();
            for (int obl : sentence.dependents(verb, "obl")) {
                if ("from".equals(sentence.caseMarker(obl))) {
                    origins.add(obl);
                }
            }
            targets = withoutSelfReference(resolveAll(sentence, origins, resolver), sources);
            targets.removeIf(t -> sources.stream().anyMatch(s -> s.actor().country().equals(t.actor().country())));
        }
        if (targets.isEmpty() && sentence.relation(verb).equals("xcomp") && isSummoning(sentence, sentence.head(verb))) {
            // "summoned Ruritania's ambassador to complain of...": the complaint is made to the one summoned
            targets = withoutSelfReference(resolveAll(sentence, sentence.dependents(sentence.head(verb), "obj"),
                    resolver), sources);
        }
        boolean fromSlot = !targets.isEmpty();
        if (targets.isEmpty() && isDirective(match.entry())) {
            targets = askedOf(sentence, verb, match, resolver, sources);
        }
        if (targets.isEmpty() && match.entry().code().startsWith("13")) {
            targets = withoutSelfReference(resolveAll(sentence, conditionSubjects(sentence, verb), resolver), sources);
        }
        if (targets.isEmpty()) {
            // "refused to give UN inspectors access", "threatened to expel the envoys": the target is the
            // complement's object
            for (int complement : sentence.dependents(verb, "xcomp")) {
                List<Integer> heads = new ArrayList<>(sentence.dependents(complement, "iobj"));
                heads.addAll(sentence.dependents(complement, "obj"));
                targets = withoutSelfReference(resolveAll(sentence, heads, resolver), sources);
                if (targets.isEmpty()) {
                    // "threatened to cut off electricity to Nakhichevan", "agreed to lift embargoes on sales to
                    // Iran": the addressee of the complement's act, in its obliques or its object's modifiers
                    List<Integer> addressees = new ArrayList<>(addresseesOf(sentence, complement));
                    for (int object : heads) {
                        addressees.addAll(addresseesOf(sentence, object));
                        for (int modifier : addresseesOf(sentence, object)) {
                            addressees.addAll(addresseesOf(sentence, modifier));
                        }
                    }
                    targets = withoutSelfReference(resolveAll(sentence, addressees, resolver), sources);
                }
                if (!targets.isEmpty()) {
                    break;
                }
            }
        }
        if (targets.isEmpty() && !match.entry().has("speech")) {
            // "demanded that the United States match...", "urged that Kabul release...": the one asked to act
            List<Integer> heads = new ArrayList<>();
            for (int clause : sentence.dependents(verb, "ccomp")) {
                if (ATTRIBUTIONS.contains(sentence.token(clause).lemma().toLowerCase(java.util.Locale.ROOT))) {
                    continue; // "..., a Kenyan official confirmed": who vouches for the news is not asked anything
                }
                heads.addAll(sentence.dependents(clause, "nsubj"));
            }
            targets = withoutSelfReference(resolveAll(sentence, heads, resolver), sources);
        }
        return new Arguments(sources, targets, fromSlot);
    }

    /**
     * "threatened to launch an offensive unless Baghdad accepted its conditions", "will boycott the elections
     * unless the president agrees to step down": a threat is made to whoever must meet its condition, the subject of
     * an "unless" or "if" clause on the threat or on its complement.
     */
    private static List<Integer> conditionSubjects(ParsedSentence sentence, int verb) {
        List<Integer> clauses = new ArrayList<>(sentence.dependents(verb, "advcl"));
        // "threatened to stop talks to reduce weapons if the US goes ahead": down a chain of complements
        List<Integer> complements = new ArrayList<>(sentence.dependents(verb, "xcomp"));
        for (int i = 0; i < complements.size() && i < 4; i++) {
            clauses.addAll(sentence.dependents(complements.get(i), "advcl"));
            complements.addAll(sentence.dependents(complements.get(i), "xcomp"));
        }
        List<Integer> subjects = new ArrayList<>();
        for (int clause : clauses) {
            boolean conditional = false;
            for (int mark : sentence.dependents(clause, "mark")) {
                String word = sentence.token(mark).lowerWord();
                conditional |= word.equals("unless") || word.equals("if");
            }
            if (conditional) {
                subjects.addAll(sentence.dependents(clause, "nsubj"));
            }
        }
        return subjects;
    }

    /**
     * Appeals (02) and demands (10): what is asked for names whom it is asked of. Agreeing to something (03, "agreed
     * to US mediation") is accepting it from whoever offers it, found the same way.
     */
    private static boolean isDirective(TriggerEntry entry) {
        return entry.code().startsWith("02") || entry.code().startsWith("10")
                || (entry.code().startsWith("03") && "to".equals(entry.particle()));
    }

    /**
     * Whom a demand or an appeal is made of, when no slot names the addressee: the agent of the act asked for
     * ("demanded an admission by Moscow", "demanded Israel's withdrawal", "demanded the withdrawal of Serbian
     * forces", "demanding a U.N. military presence"), else the one it is to be directed at ("called for sanctions
     * against Nigeria", "demanded a truce with the rebels"), else the subject of a clause that spells it out
     * ("insisted on its demands that Burundi's government grant..."). The act asked for is the object or, for "call for",
     * "press for", the particle's oblique. The first of these that names anyone is taken.
     */
    private static List<ResolvedActor> askedOf(ParsedSentence sentence, int verb, TriggerMatch match,
                                               ActorResolver resolver, List<ResolvedActor> sources) {
        List<Integer> acts = new ArrayList<>();
        for (int child : sentence.children(verb)) {
            String rel = sentence.relation(child);
            boolean object = rel.equals("obj");
            boolean particleObject = rel.startsWith("obl") && match.entry().particle() != null
                    && match.entry().particle().equals(sentence.caseMarker(child));
            if (object || particleObject) {
                acts.add(child);
            }
        }
        for (int act : acts) {
            for (String kind : List.of("agent", "of", "modifier", "addressee", "clause")) {
                List<Integer> heads = new ArrayList<>();
                for (int child : sentence.children(act)) {
                    String rel = sentence.relation(child);
                    String marker = sentence.caseMarker(child);
                    boolean matches = switch (kind) {
                        case "agent" -> rel.equals("nmod:poss") || (rel.startsWith("nmod") && "by".equals(marker));
                        case "of" -> rel.startsWith("nmod") && "of".equals(marker);
                        case "modifier" -> rel.startsWith("compound") || rel.equals("amod");
                        case "addressee" -> rel.startsWith("nmod") && marker != null
                                && ADDRESSEE_MARKERS.contains(marker);
                        default -> false;
                    };
                    if (matches) {
                        heads.add(child);
                    }
                    if (kind.equals("clause") && (rel.equals("acl") || rel.equals("ccomp"))) {
                        // "insisted on its demands that Burundi's government grant...": who is to act
                        heads.addAll(sentence.dependents(child, "nsubj"));
                    }
                }
                List<ResolvedActor> asked = withoutSelfReference(resolveAll(sentence, heads, resolver), sources);
                if (!asked.isEmpty()) {
                    return asked;
                }
            }
        }
        return List.of();
    }

    private static final Set<String> ADDRESSEE_MARKERS = Set.of("to", "against", "on", "with", "at", "into");

    /** Obliques and nominal modifiers of a node that name whom an act is directed at. */
    private static List<Integer> addresseesOf(ParsedSentence sentence, int node) {
        List<Integer> found = new ArrayList<>();
        for (int child : sentence.children(node)) {
            String rel = sentence.relation(child);
            String marker = sentence.caseMarker(child);
            // a bare oblique ("Tuesday") has no marker, and Set.of refuses to look up null
            if ((rel.equals("obl") || rel.equals("nmod")) && marker != null && ADDRESSEE_MARKERS.contains(marker)) {
                found.add(child);
            }
        }
        return found;
    }

    /**
     * "imposed a curfew in Algiers": a capital named as where a coercive act happens is the place, its country, not
     * the government that sits there (a visit "in Moscow" is still to the government).
     */
    private static List<ResolvedActor> capitalsAsPlaces(List<ResolvedActor> targets, ActorResolver resolver) {
        if (targets.isEmpty()) {
            return targets;
        }
        List<ResolvedActor> places = new ArrayList<>(targets.size());
        for (ResolvedActor target : targets) {
            ResolvedActor place = target;
            for (org.attache.actors.ActorMention mention : resolver.mentions()) {
                org.attache.actors.DictionaryEntry capital = mention.first(org.attache.actors.DictionaryEntry.Kind.CAPITAL);
                if (capital != null && mention.startToken() == target.startToken()
                        && mention.endToken() == target.endToken()) {
                    place = new ResolvedActor(org.attache.actors.Actor.of(capital.country(), null, capital.phrase(),
                            capital.origin()), target.startToken(), target.endToken(), "place");
                }
            }
            places.add(place);
        }
        return places;
    }

    /** "Saudi Arabia lifted its blockade of Yemen": "its" is the source again, not the target. */
    private static List<ResolvedActor> withoutSelfReference(List<ResolvedActor> targets, List<ResolvedActor> sources) {
        if (targets.stream().noneMatch(t -> t.method().equals("pronoun"))) {
            return targets;
        }
        List<ResolvedActor> kept = new ArrayList<>(targets);
        kept.removeIf(t -> t.method().equals("pronoun")
                && sources.stream().anyMatch(s -> s.actor().code().equals(t.actor().code())));
        return kept;
    }

    private static boolean hasByAgent(ParsedSentence sentence, int verb) {
        return sentence.dependents(verb, "obl").stream().anyMatch(o -> "by".equals(sentence.caseMarker(o)));
    }

    private static boolean isPassive(ParsedSentence sentence, int verb) {
        return !sentence.dependents(verb, "nsubj:pass").isEmpty() || !sentence.dependents(verb, "aux:pass").isEmpty()
                || (sentence.token(verb).pos().equals("VBN") && sentence.relation(verb).equals("acl")
                && !sentence.dependents(verb, "obl").stream().filter(o -> "by".equals(sentence.caseMarker(o))).toList().isEmpty());
    }

    /** The subject a subjectless verb shares: its conjunct head's, its controller's, or an acl's noun. */
    private int inheritedSubject(ParsedSentence sentence, int verb, int depth) {
        int head = sentence.head(verb);
        if (head < 0 || depth > 4) {
            return -1;
        }
        String rel = sentence.relation(verb);
        if (rel.equals("xcomp") && !isSummoning(sentence, head)) {
            int object = sentence.firstDependent(head, "obj");
            if (object >= 0 && !isEffort(sentence, object)) {
                return object;
            }
        }
        if (rel.equals("acl") && isEffort(sentence, head) && sentence.relation(head).equals("obj")
                && sentence.firstDependent(verb, "mark") >= 0) {
            // "launched an operation to detain...", "began a campaign to oust...": who undertook it acts
            return inheritedSubjectOfGovernor(sentence, sentence.head(head), depth);
        }
        if (rel.equals("acl") && !sentence.token(verb).pos().equals("VBN")) {
            if (DOCUMENT_NOUNS.contains(sentence.token(head).lemma().toLowerCase(java.util.Locale.ROOT))
                    && sentence.relation(head).equals("obj") && sentence.head(head) >= 0
                    && AUTHORING_VERBS.contains(sentence.token(sentence.head(head)).lemma().toLowerCase(java.util.Locale.ROOT))) {
                // "issued a declaration demanding...", "passed a resolution calling for...": who issued the text
                // says what it says
                int governor = sentence.head(head);
                for (int subject : sentence.dependents(governor, "nsubj")) {
                    if (!sentence.relation(subject).equals("nsubj:pass")) {
                        return subject;
                    }
                }
                return inheritedSubject(sentence, governor, depth + 1);
            }
            return head; // "Pakistan, aiding the Taliban, ..." : the noun does the acting
        }
        if (SUBJECT_SHARING.contains(rel)) {
            for (int subject : sentence.dependents(head, "nsubj")) {
                if (!sentence.relation(subject).equals("nsubj:pass")) {
                    return subject;
                }
            }
            return inheritedSubject(sentence, head, depth + 1);
        }
        return -1;
    }

    private int inheritedSubjectOfGovernor(ParsedSentence sentence, int governor, int depth) {
        for (int subject : sentence.dependents(governor, "nsubj")) {
            if (!sentence.relation(subject).equals("nsubj:pass")) {
                return subject;
            }
        }
        return inheritedSubject(sentence, governor, depth + 1);
    }

    /**
     * "rejected Thursday a United Nations appeal", "denounced as an ugly crime Serbia's suppression of...": an object
     * moved after an adjunct is parsed as an unlabelled dependent of that adjunct; it is the verb's object.
     */
    private static List<Integer> shiftedObjects(ParsedSentence sentence, int verb) {
        List<Integer> shifted = new ArrayList<>();
        for (int adjunct : sentence.children(verb)) {
            String rel = sentence.relation(adjunct);
            boolean time = rel.equals("obl:tmod") || (rel.equals("obl") && "on".equals(sentence.caseMarker(adjunct)));
            boolean predicate = rel.equals("obl") && "as".equals(sentence.caseMarker(adjunct));
            if (!time && !predicate) {
                continue;
            }
            for (int dependent : sentence.dependents(adjunct, "dep")) {
                if (dependent > adjunct && sentence.token(dependent).isNoun()) {
                    shifted.add(dependent);
                }
            }
        }
        return shifted;
    }

    /** Imposing or easing restrictions, sanctions and bans: yielding (08), reducing relations (16), coercion (17). */
    private static boolean isRestriction(TriggerEntry entry) {
        String code = entry.code();
        return code.startsWith("08") || code.startsWith("16") || code.startsWith("17");
    }

    private static boolean isSummoning(ParsedSentence sentence, int verb) {
        return verb >= 0 && SUMMONING_VERBS.contains(sentence.token(verb).lemma().toLowerCase(java.util.Locale.ROOT));
    }

    /** An undertaking named as the object of the verb that starts it, not someone made to act. */
    private static boolean isEffort(ParsedSentence sentence, int noun) {
        return EFFORT_NOUNS.contains(sentence.token(noun).lemma().toLowerCase(java.util.Locale.ROOT));
    }

    private static List<Integer> verbSlot(ParsedSentence sentence, int verb, String slot, boolean passive,
                                          TriggerMatch match) {
        List<Integer> heads = new ArrayList<>();
        switch (slot) {
            case "obj" -> {
                List<Integer> objects = new ArrayList<>(passive ? sentence.dependents(verb, "nsubj:pass")
                        : sentence.dependents(verb, "obj"));
                if (objects.isEmpty() && !passive) {
                    objects.addAll(shiftedObjects(sentence, verb));
                }
                for (int token : match.tokens()) {
                    if (token != verb && sentence.head(token) == verb && sentence.relation(token).startsWith("obl")
                            && !objects.contains(token)) {
                        objects.add(token); // "agreed to US mediation", "is opposed to French mediation"
                    }
                }
                for (int object : objects) {
                    if (match.tokens().contains(object)) {
                        // "rejected an Indian proposal", "rejected calls by Belarus's rulers": the light verb's
                        // noun is part of the trigger; whose proposal it is names the target, a named owner or a
                        // possessor ("mobilized army reservists": the army is the source's own, not the target)
                        boolean namedOwner = false;
                        for (int owner : ownersOf(sentence, object)) {
                            String rel = sentence.relation(owner);
                            boolean named = Character.isUpperCase(sentence.token(owner).word().charAt(0));
                            if (rel.equals("nmod:poss") || rel.startsWith("nmod") || named) {
                                heads.add(owner);
                                namedOwner |= named || rel.equals("nmod:poss") || "by".equals(sentence.caseMarker(owner));
                            }
                        }
                        if (!namedOwner) {
                            // "expelled inspectors of the IAEA", "lifted the blockade of Yemen": the noun's "of"
                            // phrase names its owner or the one it bears on (after a common-noun owner that may
                            // name no actor: "expelled inspectors of the IAEA from its facilities")
                            for (int child : sentence.dependents(object, "nmod")) {
                                if ("of".equals(sentence.caseMarker(child))) {
                                    heads.add(child);
                                }
                            }
                            if (isRestriction(match.entry())) {
                                // "lifted a travel ban imposed on Chadian citizens", "eased the sanctions on Iran":
                                // whom the restriction is aimed at
                                heads.addAll(addresseesOf(sentence, object));
                                for (int clause : sentence.dependents(object, "acl")) {
                                    heads.addAll(addresseesOf(sentence, clause));
                                }
                            }
                        }
                    } else {
                        heads.add(object);
                    }
                }
            }
            case "iobj" -> heads.addAll(sentence.dependents(verb, "iobj"));
            case "poss" -> {
                // "acknowledged Pakistan's efforts": the one whose effort it is receives the praise
                List<Integer> objects = passive ? sentence.dependents(verb, "nsubj:pass") : sentence.dependents(verb, "obj");
                for (int object : objects) {
                    heads.addAll(sentence.dependents(object, "nmod:poss"));
                }
            }
            default -> {
                for (int child : sentence.children(verb)) {
                    String rel = sentence.relation(child);
                    if ((rel.startsWith("obl") || rel.startsWith("nmod")) && slot.equals(sentence.caseMarker(child))) {
                        heads.add(child);
                    }
                }
                if (slot.equals("against")) {
                    // "mobilized reservists for a war against Iraq": what the act serves is aimed at someone
                    for (int child : sentence.children(verb)) {
                        String rel = sentence.relation(child);
                        if (rel.startsWith("obl") || rel.equals("obj")) {
                            for (int grandchild : sentence.children(child)) {
                                if (sentence.relation(grandchild).startsWith("nmod")
                                        && "against".equals(sentence.caseMarker(grandchild))) {
                                    heads.add(grandchild);
                                }
                            }
                        }
                    }
                }
                // "held talks with X": the preposition may hang on the light verb's object noun
                for (int token : match.tokens()) {
                    if (token != verb) {
                        for (int child : sentence.children(token)) {
                            if (sentence.relation(child).startsWith("nmod") && slot.equals(sentence.caseMarker(child))) {
                                heads.add(child);
                            }
                        }
                    }
                }
                if (heads.isEmpty() && "to".equals(slot)) {
                    // "allowed the delivery of grain and flour to Afghanistan": what is delivered may carry the "to"
                    for (int token : match.tokens()) {
                        if (token != verb) {
                            collectDeliveredTo(sentence, token, 0, heads);
                        }
                    }
                }
            }
        }
        return heads;
    }

    /** "to" phrases on the "of" phrases and conjuncts below a delivered noun, a few levels deep. */
    private static void collectDeliveredTo(ParsedSentence sentence, int noun, int depth, List<Integer> heads) {
        if (depth > 3) {
            return;
        }
        for (int child : sentence.children(noun)) {
            String rel = sentence.relation(child);
            String marker = sentence.caseMarker(child);
            if (depth > 0 && rel.startsWith("nmod") && "to".equals(marker)) {
                heads.add(child);
            } else if (rel.equals("conj") || (rel.startsWith("nmod") && "of".equals(marker))) {
                collectDeliveredTo(sentence, child, depth + 1, heads);
            }
        }
    }

    /** The "by" agent of a participle that modifies a noun: "crimes committed by Croat forces". */
    private static List<Integer> committedBy(ParsedSentence sentence, int noun) {
        List<Integer> agents = new ArrayList<>();
        for (int participle : sentence.dependents(noun, "acl")) {
            if (!sentence.token(participle).pos().equals("VBN")) {
                continue;
            }
            for (int obl : sentence.dependents(participle, "obl")) {
                if ("by".equals(sentence.caseMarker(obl))) {
                    agents.add(obl);
                }
            }
        }
        return agents;
    }

    private static List<Integer> ownersOf(ParsedSentence sentence, int noun) {
        List<Integer> owners = new ArrayList<>();
        for (int child : sentence.children(noun)) {
            String rel = sentence.relation(child);
            String marker = sentence.caseMarker(child);
            if (rel.equals("nmod:poss") || rel.equals("amod") || rel.startsWith("compound")
                    || (rel.startsWith("nmod") && ("by".equals(marker) || "from".equals(marker)))) {
                owners.add(child);
            }
        }
        return owners;
    }

    private Arguments nounArguments(ParsedSentence sentence, TriggerMatch match, ActorResolver resolver,
                                    java.util.Set<Integer> triggerTokens) {
        int noun = match.token();
        List<String> slots = match.entry().targetSlots();
        List<Integer> sourceHeads = new ArrayList<>();
        for (int child : sentence.children(noun)) {
            String rel = sentence.relation(child);
            if (rel.equals("nmod:poss") && !slots.contains("poss")) {
                sourceHeads.add(child);
            } else if (rel.startsWith("compound") || rel.equals("amod")) {
                sourceHeads.add(child);
            } else if (rel.startsWith("nmod") && "by".equals(sentence.caseMarker(child))) {
                sourceHeads.add(child);
            }
        }
        List<ResolvedActor> sources = resolveAll(sentence, sourceHeads, resolver);
        int governor = sentence.head(noun);
        String relation = sentence.relation(noun);
        if (sources.isEmpty() && governor >= 0 && !triggerTokens.contains(governor)
                && (relation.equals("obj") || relation.equals("nsubj:pass"))) {
            List<Integer> subjects = new ArrayList<>(sentence.dependents(governor, "nsubj"));
            subjects.removeIf(h -> sentence.relation(h).equals("nsubj:pass"));
            sources = resolveAll(sentence, subjects, resolver);
        }
        if (sources.isEmpty() && governor >= 0 && relation.startsWith("obl") && "in".equals(sentence.caseMarker(noun))
                && ENGAGED_IN.contains(sentence.token(governor).lemma().toLowerCase(java.util.Locale.ROOT))) {
            // "Serb forces were engaged in ethnic cleansing", "troops involved in the killing": the subject, passive
            // in form, is who does it
            sources = resolveAll(sentence, sentence.dependents(governor, "nsubj"), resolver);
        }
        if (sources.isEmpty() && governor >= 0 && relation.startsWith("obl") && "for".equals(sentence.caseMarker(noun))
                && match.entry().code().startsWith("04")) {
            // "negotiators returned to Geneva for talks", "arrived in Beijing for a summit": who came for them
            List<Integer> subjects = new ArrayList<>(sentence.dependents(governor, "nsubj"));
            subjects.removeIf(h -> sentence.relation(h).equals("nsubj:pass"));
            sources = resolveAll(sentence, subjects, resolver);
        }
        List<ResolvedActor> targets = List.of();
        for (String slot : slots) {
            List<Integer> heads = new ArrayList<>();
            for (int child : sentence.children(noun)) {
                String rel = sentence.relation(child);
                if (slot.equals("poss") ? rel.equals("nmod:poss")
                        : rel.startsWith("nmod") && slot.equals(sentence.caseMarker(child))) {
                    heads.add(child);
                }
            }
            // "held talks with X": the verb the noun is the object or subject of may carry its preposition; a noun
            // that is itself an oblique ("closed its border with Iran because of fighting") does not share them
            boolean governorsArgument = relation.equals("obj") || relation.startsWith("nsubj");
            if (heads.isEmpty() && governor >= 0 && governorsArgument && !slot.equals("poss") && !slot.equals("of")) {
                for (int child : sentence.children(governor)) {
                    if (sentence.relation(child).startsWith("obl") && slot.equals(sentence.caseMarker(child))) {
                        heads.add(child);
                    }
                }
            }
            targets = resolveAll(sentence, heads, resolver);
            if (slot.equals("in") && match.entry().code().compareTo("13") >= 0) {
                targets = capitalsAsPlaces(targets, resolver);
            }
            if (!targets.isEmpty()) {
                break;
            }
        }
        return new Arguments(sources, targets, !targets.isEmpty());
    }

    /** Resolves each head and its conjuncts ("the US and Britain") to actors, dropping those that name none. */
    private static List<ResolvedActor> resolveAll(ParsedSentence sentence, List<Integer> heads, ActorResolver resolver) {
        List<ResolvedActor> actors = new ArrayList<>();
        for (int head : heads) {
            addWithConjuncts(sentence, antecedentOf(sentence, head), resolver, actors, 0);
        }
        shareSector(sentence, actors);
        return actors;
    }

    /**
     * "Somalia, which attacked the militants", "the rebels, who were attacked by Chadian troops": a relative
     * pronoun stands for the noun its clause modifies; any other token stands for itself. Only "who", "whom" and a
     * "which" after a comma: "that" and a bare "which" often hang on the wrong noun ("an attack on mosques in New
     * Zealand that killed 40 people").
     */
    private static int antecedentOf(ParsedSentence sentence, int token) {
        String word = sentence.token(token).lowerWord();
        boolean person = word.equals("who") || word.equals("whom");
        boolean nonRestrictive = word.equals("which") && token > 0 && sentence.token(token - 1).word().equals(",");
        if (!person && !nonRestrictive) {
            return token;
        }
        int clause = sentence.head(token);
        if (clause >= 0 && sentence.relation(clause).equals("acl:relcl") && sentence.head(clause) >= 0) {
            return sentence.head(clause);
        }
        return token;
    }

    /** "Indian and Chinese commanders" parsed as a coordination of "Indian" with "Chinese commanders". */
    private static void shareSector(ParsedSentence sentence, List<ResolvedActor> actors) {
        String sector = null;
        for (ResolvedActor actor : actors) {
            if (actor.actor().sector() != null) {
                sector = actor.actor().sector();
            }
        }
        if (sector == null) {
            return;
        }
        for (int i = 0; i < actors.size(); i++) {
            ResolvedActor actor = actors.get(i);
            boolean bareAdjective = actor.endToken() - actor.startToken() == 1
                    && sentence.token(actor.startToken()).pos().startsWith("JJ");
            if (actor.actor().sector() == null && bareAdjective) {
                actors.set(i, new ResolvedActor(actor.actor().withSector(sector, actor.actor().origin()),
                        actor.startToken(), actor.endToken(), actor.method()));
            }
        }
    }

    private static void addWithConjuncts(ParsedSentence sentence, int head, ActorResolver resolver,
                                         List<ResolvedActor> actors, int depth) {
        for (ResolvedActor actor : resolver.resolveAll(head)) {
            if (actors.stream().noneMatch(a -> a.actor().code().equals(actor.actor().code()))) {
                actors.add(actor);
            }
        }
        if (depth < 6) {
            for (int conjunct : sentence.dependents(head, "conj")) {
                if (sentence.token(conjunct).isNoun() || sentence.token(conjunct).isPronoun()) {
                    addWithConjuncts(sentence, conjunct, resolver, actors, depth + 1);
                }
            }
        }
    }
}
