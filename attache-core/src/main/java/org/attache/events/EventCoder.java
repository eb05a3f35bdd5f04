package org.attache.events;

import org.attache.actors.Actor;
import org.attache.actors.ActorResolver;
import org.attache.actors.ResolvedActor;
import org.attache.nlp.ParsedDocument;
import org.attache.nlp.ParsedSentence;
import org.attache.places.EventLocation;
import org.attache.places.EventLocator;
import org.attache.places.Gazetteer;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Codes the events of one parsed article: finds triggers, their arguments and modality, folds intent, refusal and
 * speech constructions into the events they express, and emits one record per source-target dyad of a trigger.
 */
public final class EventCoder {
    /** Verbs whose clausal complement is someone's claim, not an event the article asserts. */
    private static final Set<String> REPORTING_VERBS = Set.of("say", "tell", "report", "claim", "allege", "believe",
            "think", "suggest", "show", "indicate", "hint", "add", "note", "state", "announce", "declare", "convey",
            "insist", "stress", "emphasize", "emphasise", "argue", "assert", "confirm", "reveal", "write", "explain",
            "appear", "seem", "accuse", "charge", "fear", "warn", "deny", "hope", "expect");

    /** Verbs whose clausal complement is what someone wants done, not what was done. */
    private static final Set<String> DIRECTIVE_VERBS = Set.of("demand", "urge", "ask", "call", "insist", "request",
            "appeal", "propose", "recommend", "want", "order", "press", "plead", "require");

    /** Neutral verbs journalists use to attribute facts to their sources. */
    private static final Set<String> SOURCING_VERBS = Set.of("say", "tell", "report", "add", "confirm", "state",
            "announce", "note");

    /** Verbs that put whatever hangs below them in doubt: "a report hints at the two sides agreeing". */
    private static final Set<String> HEDGING_VERBS = Set.of("hint", "suggest", "claim", "allege", "rumor",
            "rumour", "speculate", "appear", "seem");

    /**
     * Roots whose events often act on things or unnamed people rather than on an actor ("lifted restrictions on
     * trucks", "launched an investigation into the attack", "bandits attacked a village"), or whose addressee is
     * often someone the dictionaries do not know ("demanded the removal of President X", "threatened further
     * action", "agreed to set up a centre"): coded with no target rather than dropped. Statements, appeals,
     * consultations and praise (01, 02, 04, 05) still need an addressee.
     */
    private static final Set<Integer> ACTS_ON_THINGS = Set.of(3, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 17, 18, 19, 20);

    /**
     * Roots whose acts are aimed at the place they are done in or to when no addressee is named: intent (03, only a
     * place abroad: "agreed to set up a research centre in Tokyo"), aid and yielding (07, 08), investigation (09),
     * threats (13), protest (14), force posture (15), sanctions (16), coercion (17), assault (18), fighting (19) and
     * mass violence (20).
     */
    private static final Set<Integer> AIMED_AT_PLACES = Set.of(3, 7, 8, 9, 13, 14, 15, 16, 17, 18, 19, 20);

    /**
     * Verbs that start, continue, strengthen or complete the act their object names ("tighten the blockade",
     * "had completed their withdrawal").
     */
    private static final Set<String> ASPECTUAL_VERBS = Set.of("begin", "start", "launch", "resume", "renew",
            "continue", "maintain", "keep", "extend", "expand", "increase", "intensify", "escalate", "step",
            "tighten", "strengthen", "broaden", "deepen", "boost", "complete", "finish");

    private final CameoCodebook codebook;
    private final TriggerFinder triggerFinder;
    private final ArgumentFinder argumentFinder = new ArgumentFinder();
    private final ModalityDetector modalityDetector = new ModalityDetector();
    private final EventLocator locator;

    public EventCoder(TriggerLexicon lexicon, CameoCodebook codebook, EventLocator locator) {
        this.codebook = codebook;
        this.locator = locator;
        this.triggerFinder = new TriggerFinder(lexicon);
    }

    /** The trigger finder this coder uses (to find, before parsing, the sentences that may have triggers). */
    public TriggerFinder triggerFinder() {
        return triggerFinder;
    }

    private static final class Candidate {
        final TriggerMatch match;
        List<ResolvedActor> sources;
        List<ResolvedActor> targets;
        boolean targetFromSlot;
        Modality modality;
        String code;
        List<Integer> spanTokens;
        boolean consumed;
        boolean announcedBySource;

        Candidate(TriggerMatch match, Arguments arguments, Modality modality) {
            this.match = match;
            this.sources = arguments.sources();
            this.targets = arguments.targets();
            this.targetFromSlot = arguments.targetFromSlot();
            this.modality = modality;
            this.code = match.entry().code();
            this.spanTokens = match.tokens();
        }

        boolean has(String flag) {
            return match.entry().has(flag);
        }
    }

    /**
     * @param articleId   used to build event ids
     * @param articleDate the publication date, or null
     * @param resolver    a fresh resolver for this article
     */
    public List<CodedEvent> code(String articleId, LocalDate articleDate, ParsedDocument document,
                                 ActorResolver resolver) {
        List<CodedEvent> events = new ArrayList<>();
        EventLocation dateline = locator.dateline(document, articleDate);
        for (ParsedSentence sentence : document.sentences()) {
            resolver.startSentence(sentence);
            if (!resolver.sentenceHasActorCandidates()) {
                continue;
            }
            List<Candidate> candidates = new ArrayList<>();
            List<TriggerMatch> matches = triggerFinder.find(sentence);
            java.util.Set<Integer> triggerTokens = new java.util.HashSet<>();
            matches.forEach(m -> triggerTokens.add(m.token()));
            for (TriggerMatch match : matches) {
                candidates.add(new Candidate(match, argumentFinder.find(sentence, match, resolver, triggerTokens),
                        modalityDetector.detect(sentence, match.token())));
            }
            attempts(sentence, candidates);
            killingsOfLeaders(sentence, candidates);
            foldComplements(sentence, candidates, resolver);
            refusalsAnnounced(sentence, candidates);
            promisesAnnounced(sentence, candidates, resolver);
            conditionalThreats(sentence, candidates, resolver);
            markReported(sentence, candidates, resolver);
            markTopics(sentence, candidates);
            List<Gazetteer.PlaceMention> places = candidates.isEmpty() ? List.of() : locator.placesIn(sentence, articleDate);
            peacekeepingArrivals(sentence, candidates);
            labourStrikes(sentence, candidates);
            purposeTargets(sentence, candidates);
            placeTargets(sentence, candidates, places, dateline);
            backgroundDeeds(sentence, candidates);
            ordersToStop(sentence, candidates);
            expelledOrganisations(candidates);
            violenceAgainstNonCombatants(sentence, candidates);
            refusedThingTargets(sentence, candidates, resolver);
            ownStateTargets(candidates);
            for (Candidate candidate : candidates) {
                if (!candidate.consumed) {
                    emit(articleId, articleDate, document.text(), sentence, candidate, places, dateline, events);
                }
            }
        }
        return events;
    }

    /** Titles of the prominent individuals whose killing is an assassination. */
    private static final Set<String> LEADER_TITLES = Set.of("leader", "chief", "head", "commander", "president",
            "minister", "governor", "mayor", "premier", "general", "chairman", "chairwoman", "spokesman",
            "ambassador", "envoy", "deputy", "cleric", "mufti", "imam", "judge", "prosecutor", "senator", "mp",
            "lawmaker", "prince", "king");

    /**
     * "gunmen killed the deputy leader of the party", "killed the provincial governor": killing one leader or other
     * prominent individual is an assassination (186), not a military engagement (190). Killing several ("killed
     * three soldiers") or unnamed people stays as it is.
     */
    private void killingsOfLeaders(ParsedSentence sentence, List<Candidate> candidates) {
        for (Candidate candidate : candidates) {
            int verb = candidate.match.token();
            String lemma = sentence.token(verb).lemma().toLowerCase(Locale.ROOT);
            boolean kill = lemma.equals("kill") || lemma.equals("murder");
            if (!kill || candidate.match.entry().kind() != TriggerEntry.Kind.VERB || !codebook.contains("186")
                    || !(candidate.code.equals("190") || candidate.code.equals("180"))) {
                continue;
            }
            boolean passive = !sentence.dependents(verb, "nsubj:pass").isEmpty();
            List<Integer> victims = passive ? sentence.dependents(verb, "nsubj:pass") : sentence.dependents(verb, "obj");
            if (victims.size() != 1) {
                continue;
            }
            int victim = victims.get(0);
            boolean singular = sentence.token(victim).pos().equals("NN") || sentence.token(victim).pos().equals("NNP");
            boolean counted = !sentence.dependents(victim, "nummod").isEmpty()
                    || !sentence.dependents(victim, "conj").isEmpty();
            boolean leader = LEADER_TITLES.contains(sentence.token(victim).lemma().toLowerCase(Locale.ROOT));
            if (singular && !counted && leader) {
                candidate.code = "186";
            }
        }
    }

    private static final Set<String> PROTESTERS = Set.of("protester", "protestor", "demonstrator", "rioter",
            "marcher", "crowd", "mob", "student");
    private static final Set<String> IRREGULARS = Set.of("militia", "militiaman", "militiamen", "gunman", "gunmen",
            "mob", "bandit", "attacker", "assailant", "raider", "vigilante", "settler", "thug", "bomber");
    private static final Set<String> IRREGULAR_SECTORS = Set.of("REB", "INS", "CRM", "CVL");
    /** Sectors of people who do not fight: civilians, refugees, farmers, workers, teachers, doctors, journalists. */
    private static final Set<String> NON_COMBATANTS = Set.of("CVL", "REF", "AGR", "LAB", "EDU", "HLH", "MED", "REL",
            "BUS");
    private static final Set<String> FORCES_OF_ORDER = Set.of("COP", "MIL", "GOV", "SPY");
    /** Verbs of one-sided violence (not mutual combat such as "fight", "clash", nor conquest such as "capture"). */
    private static final Set<String> ONE_SIDED = Set.of("attack", "kill", "raid", "storm", "ambush", "murder");

    /**
     * Violence whose every victim is a non-combatant (civilians, refugees): police or troops firing on protesters
     * is violent repression (175); militiamen attacking a refugee camp or gunmen killing villagers use
     * unconventional violence (180), not the conventional military force (19x) of armies, even when an army's
     * aircraft kill villagers.
     */
    private void violenceAgainstNonCombatants(ParsedSentence sentence, List<Candidate> candidates) {
        for (Candidate candidate : candidates) {
            int root = codebook.get(candidate.code).rootNumber();
            if (candidate.consumed || candidate.sources.isEmpty()
                    || root != 19 || candidate.code.equals("194") || candidate.code.equals("195")) {
                continue;
            }
            // "suicide bombers killed 23 people": whom gunmen or bombers kill unnamed are taken for non-combatants
            boolean byWord = candidate.sources.stream().allMatch(s -> spanHas(sentence, s, IRREGULARS));
            boolean civilians = (candidate.targets.isEmpty() && byWord) || (!candidate.targets.isEmpty()
                    && candidate.targets.stream().allMatch(t -> t.actor().sector() != null
                    && NON_COMBATANTS.contains(t.actor().sector())));
            if (!civilians) {
                continue;
            }
            boolean protesters = candidate.targets.stream().anyMatch(t -> spanHas(sentence, t, PROTESTERS));
            boolean order = candidate.sources.stream().allMatch(s -> s.actor().sector() != null
                    && FORCES_OF_ORDER.contains(s.actor().sector()));
            String verb = sentence.token(candidate.match.token()).lemma().toLowerCase(Locale.ROOT);
            // an army's aircraft killing villagers is still conventional force; militiamen or gunmen are not an army
            boolean irregular = candidate.sources.stream().allMatch(s -> spanHas(sentence, s, IRREGULARS)
                    || (s.actor().sector() != null && IRREGULAR_SECTORS.contains(s.actor().sector())));
            if (protesters && order && codebook.contains("175")) {
                candidate.code = "175";
            } else if (!protesters && candidate.code.equals("190") && ONE_SIDED.contains(verb) && irregular
                    && codebook.contains("180")) {
                candidate.code = "180";
            }
        }
    }

    private static boolean spanHas(ParsedSentence sentence, ResolvedActor actor, Set<String> lemmas) {
        for (int token = actor.startToken(); token < actor.endToken(); token++) {
            if (lemmas.contains(sentence.token(token).lemma().toLowerCase(Locale.ROOT))) {
                return true;
            }
        }
        return false;
    }

    private static final Set<String> AUTHORITIES = Set.of("GOV", "JUD", "COP", "MIL");
    private static final Set<String> STOPPING = Set.of("suspend", "close", "stop", "cease", "halt", "shut",
            "disband", "dissolve", "end");

    /**
     * "the government ordered the newspaper to suspend publication", "a court ordered the party to disband": an
     * authority ordering its own country's people or bodies to stop an activity imposes an administrative sanction
     * (172; 1721 on the media or political activity), not a demand (10) it cannot enforce.
     */
    private void ordersToStop(ParsedSentence sentence, List<Candidate> candidates) {
        for (Candidate candidate : candidates) {
            int verb = candidate.match.token();
            if (candidate.consumed || !candidate.code.startsWith("10") || candidate.sources.isEmpty()
                    || candidate.targets.isEmpty() || candidate.match.entry().kind() != TriggerEntry.Kind.VERB
                    || !sentence.token(verb).lemma().equalsIgnoreCase("order") || !codebook.contains("172")) {
                continue;
            }
            boolean authority = candidate.sources.stream().allMatch(s -> s.actor().sector() != null
                    && AUTHORITIES.contains(s.actor().sector()));
            boolean ownPeople = candidate.targets.stream().allMatch(t -> candidate.sources.stream()
                    .allMatch(s -> s.actor().country().equals(t.actor().country())));
            boolean toStop = false;
            for (int complement : sentence.dependents(verb, "xcomp")) {
                toStop |= STOPPING.contains(sentence.token(complement).lemma().toLowerCase(Locale.ROOT));
            }
            if (authority && ownPeople && toStop) {
                boolean media = candidate.targets.stream().anyMatch(t -> "MED".equals(t.actor().sector())
                        || "OPP".equals(t.actor().sector()));
                candidate.code = media && codebook.contains("1721") ? "1721" : "172";
            }
        }
    }

    /**
     * "forced the UN refugee agency out of the country", "expelled the Red Cross": expelling an international body
     * or an NGO withdraws its involvement (166), not a deportation of individuals (174).
     */
    private void expelledOrganisations(List<Candidate> candidates) {
        for (Candidate candidate : candidates) {
            if (candidate.consumed || !candidate.code.equals("174") || candidate.targets.isEmpty()
                    || !codebook.contains("166")) {
                continue;
            }
            boolean organisations = candidate.targets.stream().allMatch(t -> t.actor().code().startsWith("IGO")
                    || t.actor().code().startsWith("NGO"));
            if (organisations) {
                candidate.code = "166";
            }
        }
    }

    /** Prepositions of adverbials that date or explain an event by an earlier one ("after the raids"). */
    private static final Set<String> BACKGROUND_MARKERS = Set.of("after", "following", "since", "before", "amid",
            "amidst", "during", "over", "despite", "because", "due");

    /**
     * "holed up since last month's invasion", "complained over two air raids", "closed its borders because of
     * fighting": an event noun that only dates or explains the event reported is background, and with no addressee
     * of its own it says too little to code (who did what to whom); it is left out.
     */
    private void backgroundDeeds(ParsedSentence sentence, List<Candidate> candidates) {
        for (Candidate candidate : candidates) {
            if (candidate.consumed || !candidate.targets.isEmpty()
                    || candidate.match.entry().kind() != TriggerEntry.Kind.NOUN) {
                continue;
            }
            int noun = candidate.match.token();
            String rel = sentence.relation(noun);
            String marker = sentence.caseMarker(noun);
            if ((rel.startsWith("obl") || rel.startsWith("nmod")) && !rel.equals("nmod:poss") && marker != null
                    && BACKGROUND_MARKERS.contains(marker)) {
                candidate.consumed = true;
            }
        }
    }

    /**
     * "gunmen tried to assassinate the governor", "an assassination attempt on the minister": an attempt on
     * someone's life is an act of its own, CAMEO 185, which happened when the attempt did (an attempt is no plan).
     */
    private void attempts(ParsedSentence sentence, List<Candidate> candidates) {
        for (Candidate candidate : candidates) {
            if (!candidate.code.equals("186") || !codebook.contains("185")) {
                continue;
            }
            int token = candidate.match.token();
            int head = sentence.head(token);
            if (head < 0) {
                continue;
            }
            String headLemma = sentence.token(head).lemma().toLowerCase(Locale.ROOT);
            boolean attempt = headLemma.equals("attempt") || headLemma.equals("try");
            String rel = sentence.relation(token);
            if (attempt && rel.equals("xcomp")) {
                candidate.code = "185";
                candidate.modality = modalityDetector.detect(sentence, head);
            } else if (attempt && rel.startsWith("compound") && sentence.token(head).isNoun()) {
                candidate.code = "185";
            }
        }
    }

    /**
     * "Chinese peacekeepers arrived in South Sudan", "British troops have arrived in Mali to join the UN peacekeeping
     * mission": forces arriving for peacekeeping are deployed as peacekeepers (074), not visiting (042).
     */
    private void peacekeepingArrivals(ParsedSentence sentence, List<Candidate> candidates) {
        for (Candidate candidate : candidates) {
            if (candidate.consumed || !candidate.code.equals("042")) {
                continue;
            }
            int trigger = candidate.match.token();
            boolean peacekeepers = false;
            boolean forces = candidate.sources.stream().anyMatch(s -> "MIL".equals(s.actor().sector()));
            for (int token = 0; token < sentence.size(); token++) {
                if (!sentence.token(token).lemma().toLowerCase(Locale.ROOT).startsWith("peacekeep")) {
                    continue;
                }
                boolean inSubject = false;
                boolean underTrigger = false;
                for (int node = token, steps = 0; node >= 0 && steps < 10; node = sentence.head(node), steps++) {
                    int head = sentence.head(node);
                    inSubject |= head == trigger && sentence.relation(node).startsWith("nsubj");
                    underTrigger |= node == trigger;
                }
                peacekeepers |= inSubject || (forces && underTrigger);
            }
            if (peacekeepers && codebook.contains("074")) {
                candidate.code = "074";
            }
        }
    }

    /** Sectors whose "strikes" are attacks. */
    private static final Set<String> ARMED_SECTORS = Set.of("MIL", "GOV", "REB", "INS", "COP", "SPY");

    /**
     * "launched a strike" is an attack (190) when armed forces or a state launch it, but "prisoners launched a
     * hunger strike" is a hunger strike (142) and "dock workers launched a strike over pay" a labour strike (143):
     * the noun's "hunger", "general" or "nationwide", or a source with no arms, decides.
     */
    private void labourStrikes(ParsedSentence sentence, List<Candidate> candidates) {
        for (Candidate candidate : candidates) {
            if (candidate.consumed || codebook.get(candidate.code).rootNumber() != 19) {
                continue;
            }
            for (int token : candidate.match.tokens()) {
                if (!sentence.token(token).lemma().equalsIgnoreCase("strike") || !sentence.token(token).isNoun()) {
                    continue;
                }
                boolean hunger = false;
                boolean general = false;
                for (int modifier : sentence.children(token)) {
                    String word = sentence.token(modifier).lowerWord();
                    hunger |= word.equals("hunger");
                    general |= word.equals("general") || word.equals("nationwide") || word.equals("labour")
                            || word.equals("labor") || word.equals("wildcat") || word.equals("sit-in");
                }
                boolean unarmed = !candidate.sources.isEmpty() && candidate.sources.stream()
                        .allMatch(s -> s.actor().sector() != null && !ARMED_SECTORS.contains(s.actor().sector()));
                if (hunger && codebook.contains("142")) {
                    candidate.code = "142";
                } else if ((general || unarmed) && codebook.contains("143")) {
                    candidate.code = "143";
                }
            }
        }
    }

    /**
     * "started a hunger strike to protest President Assad's failure...", "blocked roads to press their demands
     * from the government", "staged a hunger strike in protest against violations by the security forces": a
     * protest with no addressee of its own is addressed to whom the act it is done for is addressed to, an event
     * of its purpose clause or of its "in protest" phrase. A demand, criticism or appeal of the protesters' own in
     * that clause is the protest's content and is not coded again.
     */
    private void purposeTargets(ParsedSentence sentence, List<Candidate> candidates) {
        for (Candidate protest : candidates) {
            if (protest.consumed || protest.sources.isEmpty() || codebook.get(protest.code).rootNumber() != 14) {
                continue;
            }
            int trigger = protest.match.token();
            for (Candidate purpose : candidates) {
                int token = purpose.match.token();
                if (purpose.match.entry().kind() == TriggerEntry.Kind.NOUN && sentence.relation(token).equals("obj")
                        && sentence.head(token) >= 0 && sentence.head(sentence.head(token)) == trigger) {
                    token = sentence.head(token); // "to show their disapproval of X": the clause the noun is done in
                }
                if (purpose == protest || purpose.consumed || sentence.head(token) != trigger) {
                    continue;
                }
                String rel = sentence.relation(token);
                boolean clause = rel.equals("advcl") || rel.equals("xcomp")
                        || (rel.equals("dep") && sentence.token(token).pos().equals("VBG")); // "marched ... demanding"
                boolean inProtest = rel.startsWith("obl") && purpose.match.entry().kind() == TriggerEntry.Kind.NOUN;
                if (!clause && !inProtest) {
                    continue;
                }
                if (protest.targets.isEmpty() && !purpose.targets.isEmpty()) {
                    protest.targets = purpose.targets;
                    protest.targetFromSlot = false;
                }
                if (isAboutSomething(purpose)
                        && (purpose.sources.isEmpty() || sameCountry(purpose.sources, protest.sources))) {
                    // what the protesters say they want is the protest's content, not a second event of theirs
                    purpose.consumed = true;
                }
            }
        }
    }

    /**
     * Material acts with no named addressee that name the place they are done in or to ("demonstrated in Serbia",
     * "exploded bombs in Kabul") are aimed at that place's country; see {@link PlaceTargets}.
     */
    private void placeTargets(ParsedSentence sentence, List<Candidate> candidates,
                              List<Gazetteer.PlaceMention> places, EventLocation dateline) {
        for (Candidate candidate : candidates) {
            if (candidate.consumed || !candidate.targets.isEmpty() || candidate.sources.isEmpty()
                    || !AIMED_AT_PLACES.contains(codebook.get(candidate.code).rootNumber())) {
                continue;
            }
            java.util.Set<String> preferred = new java.util.HashSet<>();
            candidate.sources.forEach(s -> preferred.add(s.actor().country()));
            if (dateline != null) {
                preferred.add(dateline.place().country());
            }
            ResolvedActor place = PlaceTargets.find(sentence, places, candidate.spanTokens, preferred);
            boolean intent = codebook.get(candidate.code).rootNumber() == 3;
            if (place != null && intent && candidate.sources.stream()
                    .anyMatch(s -> place.actor().country().equals(s.actor().country()))) {
                continue; // "Egypt is going to open the Rafah crossing": a party's plan at home has no addressee
            }
            if (place != null) {
                candidate.targets = List.of(place);
                candidate.targetFromSlot = false;
            }
        }
    }

    /**
     * A refusal or rejection (12x) that names no one is aimed at whom the refused thing concerns: its recipient
     * ("was refusing admittance to Ghanaians"), else the first party named inside it ("rejected an invitation to
     * attend a meeting of Palestinian factions", "rejected a call for its forces to be deployed in East Timor").
     * The rejecting party itself does not count.
     */
    private void refusedThingTargets(ParsedSentence sentence, List<Candidate> candidates, ActorResolver resolver) {
        for (Candidate candidate : candidates) {
            if (candidate.consumed || !candidate.targets.isEmpty() || candidate.sources.isEmpty()
                    || codebook.get(candidate.code).rootNumber() != 12) {
                continue;
            }
            int thing = refusedThing(sentence, candidate);
            if (thing < 0) {
                continue;
            }
            java.util.Set<String> own = new java.util.HashSet<>();
            candidate.sources.forEach(s -> own.add(s.actor().code()));
            ResolvedActor found = null;
            int trigger = candidate.match.token();
            for (int recipient : sentence.dependents(trigger, "obl")) {
                ResolvedActor actor = "to".equals(sentence.caseMarker(recipient)) ? resolver.resolve(recipient) : null;
                if (found == null && actor != null && !own.contains(actor.actor().code())) {
                    found = actor; // "refusing admittance to Ghanaians"
                }
            }
            List<Integer> frontier = new ArrayList<>(List.of(thing));
            frontier.addAll(sentence.dependents(trigger, "xcomp")); // "rejected an invitation to attend a meeting of X"
            for (int depth = 0; depth < 4 && found == null && !frontier.isEmpty(); depth++) {
                List<Integer> next = new ArrayList<>();
                for (int node : frontier) {
                    for (int child : sentence.children(node)) {
                        String rel = sentence.relation(child);
                        if (rel.equals("punct") || rel.equals("det") || rel.equals("case") || rel.equals("cc")) {
                            continue;
                        }
                        ResolvedActor actor = resolver.resolve(child);
                        if (found == null && actor != null && !own.contains(actor.actor().code())
                                && !actor.method().equals("pronoun")) {
                            found = actor;
                        }
                        next.add(child);
                    }
                }
                frontier = next;
            }
            if (found != null) {
                candidate.targets = List.of(found);
                candidate.targetFromSlot = false;
            }
        }
    }

    /** The noun a refusal refuses: its light verb's noun ("rejected a call"), else its verb's object. */
    private static int refusedThing(ParsedSentence sentence, Candidate candidate) {
        int trigger = candidate.match.token();
        for (int token : candidate.match.tokens()) {
            if (token != trigger && sentence.token(token).isNoun()) {
                return token;
            }
        }
        for (int object : sentence.dependents(trigger, "obj")) {
            if (sentence.token(object).isNoun() && !sentence.token(object).isProperNoun()) {
                return object;
            }
        }
        return -1;
    }

    /**
     * A protest, strike or riot that names no one it is aimed at is aimed at the protesters' own state, and so are
     * curfews, states of emergency, bans and repression announced or imposed with no one named: the dissidents and
     * the population are the state's own ("Algerian landowners began a hunger strike outside parliament" is
     * DZA against DZA). The target takes the source's country and no sector, is marked "own state", and spans the
     * source phrase its country was read from. International bodies and armed groups with no state of their own get
     * no such target.
     */
    private void ownStateTargets(List<Candidate> candidates) {
        for (Candidate candidate : candidates) {
            if (candidate.consumed || !candidate.targets.isEmpty() || candidate.sources.isEmpty()
                    || !aimedAtOwnState(codebook.get(candidate.code))) {
                continue;
            }
            List<ResolvedActor> targets = new ArrayList<>();
            for (ResolvedActor source : candidate.sources) {
                Actor actor = source.actor();
                if (isOfAState(actor) && targets.stream().noneMatch(t -> t.actor().country().equals(actor.country()))) {
                    targets.add(new ResolvedActor(Actor.of(actor.country(), null, actor.country(),
                            "own state: a protest or restriction that names no one is aimed at the actor's own state"),
                            source.startToken(), source.endToken(), "own state"));
                }
            }
            if (!targets.isEmpty()) {
                candidate.targets = targets;
                candidate.targetFromSlot = false;
            }
        }
    }

    /**
     * Protest (14x), administrative sanctions (172x) and repression (175), threats of them (133, 132x, 137), and
     * their counterparts in yielding: easing administrative sanctions (081x), ending dissent (082: "called off the
     * strike") and acceding to demands for reform (083x), which pass between a state and its own people.
     */
    private static boolean aimedAtOwnState(CameoCode code) {
        String c = code.code();
        return code.rootNumber() == 14 || c.startsWith("172") || c.equals("175") || c.equals("133")
                || c.startsWith("132") || c.equals("137") || c.startsWith("081") || c.equals("082")
                || c.startsWith("083") || c.equals("080");
    }

    private static final Set<String> WILLINGNESS = Set.of("ready", "willing", "prepared", "prepare");

    /**
     * "would be ready to host a meeting", "would be willing to mediate": "would" softens an offer, it does not make
     * it a supposition; CAMEO codes the willingness (03x). A condition on the offer ("would be ready to talk if the
     * shelling stopped") or a question keeps it hypothetical.
     */
    private static boolean politeWillingness(ParsedSentence sentence, Candidate candidate) {
        int trigger = candidate.match.token();
        if (!WILLINGNESS.contains(sentence.token(trigger).lemma().toLowerCase(Locale.ROOT))
                || sentence.endsWithQuestionMark()) {
            return false;
        }
        boolean would = false;
        for (int child : sentence.children(trigger)) {
            String rel = sentence.relation(child);
            String word = sentence.token(child).lowerWord();
            if (rel.equals("aux")) {
                if (word.equals("would") || word.equals("'d")) {
                    would = true;
                } else if (!word.equals("be")) {
                    return false;
                }
            }
            if (rel.equals("mark") || rel.equals("advcl")) {
                for (int mark : rel.equals("mark") ? List.of(child) : sentence.dependents(child, "mark")) {
                    String m = sentence.token(mark).lowerWord();
                    if (m.equals("if") || m.equals("unless") || m.equals("provided") || m.equals("whether")) {
                        return false;
                    }
                }
            }
        }
        return would;
    }

    private void foldComplements(ParsedSentence sentence, List<Candidate> candidates, ActorResolver resolver) {
        for (Candidate candidate : candidates) {
            if (candidate.consumed) {
                continue;
            }
            if (candidate.code.startsWith("019") && candidate.match.entry().kind() == TriggerEntry.Kind.VERB
                    && !sentence.dependents(candidate.match.token(), "xcomp").isEmpty()) {
                // "reached a consensus to share data", "agreed with Japan to hold talks": accord on doing something
                // is agreeing to do it (03x), not only sharing a view (019)
                Candidate complement = complementOf(sentence, candidate, candidates, "xcomp");
                candidate.code = complement == null ? "030" : intentCode(codebook.get(complement.code));
                if (complement != null) {
                    inheritTarget(candidate, complement);
                    candidate.spanTokens = union(candidate.spanTokens, complement.spanTokens);
                    complement.consumed = true;
                }
            } else if (candidate.has("intent")) {
                Candidate complement = complementOf(sentence, candidate, candidates, "xcomp");
                if (complement != null) {
                    candidate.code = intentCode(codebook.get(complement.code));
                    if (complement.targetFromSlot && !candidate.targetFromSlot) {
                        // "willing to send troops to Mali": the complement's own slot names the addressee
                        candidate.targets = complement.targets;
                        candidate.targetFromSlot = true;
                    }
                    inheritTarget(candidate, complement);
                    candidate.spanTokens = union(candidate.spanTokens, complement.spanTokens);
                    complement.consumed = true;
                    if (candidate.modality == Modality.HYPOTHETICAL && politeWillingness(sentence, candidate)) {
                        candidate.modality = Modality.ASSERTED;
                    }
                } else if (sentence.dependents(candidate.match.token(), "xcomp").isEmpty()
                        && candidate.targets.isEmpty() && !wantsSomething(sentence, candidate.match.token())) {
                    candidate.consumed = true; // "what the US wants": no intent to do anything is stated
                }
            } else if (candidate.has("refuse") || candidate.has("deny")) {
                Candidate complement = complementOf(sentence, candidate, candidates, "xcomp");
                if (complement == null) {
                    complement = complementOf(sentence, candidate, candidates, "ccomp");
                }
                if (complement != null) {
                    complement.modality = Modality.NEGATED;
                    inheritTarget(candidate, complement);
                }
            }
        }
        for (Candidate speech : candidates) {
            if (speech.consumed || !speech.has("speech")) {
                continue;
            }
            if (demandsOfAnother(sentence, speech, resolver)) {
                continue;
            }
            Candidate content = complementOf(sentence, speech, candidates, "ccomp");
            if (content == null) {
                content = misattachedContent(sentence, speech, candidates);
            }
            boolean reportingClause = false;
            if (content == null) {
                content = governingContent(sentence, speech, candidates);
                reportingClause = content != null;
            }
            boolean sourcing = SOURCING_VERBS.contains(sentence.token(speech.match.token()).lemma().toLowerCase(Locale.ROOT));
            boolean ownSide = content != null && !content.consumed
                    && (content.sources.isEmpty() || sameCountry(content.sources, speech.sources));
            if (content != null && !content.consumed && namesItsOwnActors(content) && sourcing
                    && (reportingClause || isAttribution(sentence, speech.match.token(), resolver))) {
                // "Fornost and Gondor welcomed ..., the official news agency said": the journalist's source is
                // not a party to the event, whatever country the context gives it; nor is "..., Benin police
                // said" after a clause that names who acted
                content.announcedBySource |= reportingClause && ownSide;
                speech.consumed = true;
                continue;
            }
            if (ownSide && content.modality == Modality.NEGATED && isCooperative(content)) {
                // "Syria says it will not accept any more refugees": announcing that one will not cooperate is a
                // rejection
                speech.code = rejectionCode(codebook.get(content.code));
                speech.sources = content.sources.isEmpty() ? speech.sources : content.sources;
                if (!content.targets.isEmpty()) {
                    speech.targets = content.targets;
                    speech.targetFromSlot = content.targetFromSlot;
                }
                speech.spanTokens = union(speech.spanTokens, content.spanTokens);
                content.consumed = true;
            } else if (ownSide && (content.modality == Modality.FUTURE || content.modality == Modality.HYPOTHETICAL)) {
                // "Hungary said it will support the resolution": announcing one's own future act expresses intent
                speech.code = intentCode(codebook.get(content.code));
                speech.sources = content.sources.isEmpty() ? speech.sources : content.sources;
                if (!content.targets.isEmpty()) {
                    speech.targets = content.targets;
                    speech.targetFromSlot = content.targetFromSlot;
                }
                speech.spanTokens = content.spanTokens;
                content.consumed = true;
                asUltimatum(sentence, speech, content.match.token(), resolver);
            } else if (ownSide && codebook.get(content.code).isVerbal()) {
                // The speaker's own verbal act ("conveyed that the US wanted to...") is the event itself.
                speech.code = content.code;
                if (!content.targets.isEmpty()) {
                    speech.targets = content.targets;
                    speech.targetFromSlot = content.targetFromSlot;
                }
                speech.modality = worse(speech.modality, content.modality);
                speech.spanTokens = content.spanTokens;
                content.consumed = true;
            } else if (ownSide && content.modality == Modality.ASSERTED && SOURCING_VERBS.contains(
                    sentence.token(speech.match.token()).lemma().toLowerCase(Locale.ROOT))) {
                // "Switzerland said it had expelled two diplomats": a party announcing its own act asserts it
                content.announcedBySource = true;
                speech.consumed = true;
            } else if (speech.targets.isEmpty() || content != null) {
                // "X said" with no addressee is not an event; with reported content the content is the event.
                speech.consumed = true;
            }
        }
    }

    /**
     * "Russia said that Sudan must return the helicopter": what a party says another must do is a demand on it
     * (100), coded in place of the statement; the content stays hypothetical.
     */
    private static boolean demandsOfAnother(ParsedSentence sentence, Candidate speech, ActorResolver resolver) {
        if (speech.sources.isEmpty() || speech.modality != Modality.ASSERTED) {
            return false;
        }
        for (int clause : sentence.dependents(speech.match.token(), "ccomp")) {
            boolean must = false;
            for (int aux : sentence.dependents(clause, "aux")) {
                must |= sentence.token(aux).lowerWord().equals("must");
            }
            if (!must) {
                continue;
            }
            List<ResolvedActor> addressees = new ArrayList<>();
            for (int subject : sentence.dependents(clause, "nsubj")) {
                ResolvedActor actor = resolver.resolve(subject);
                if (actor != null && !actor.method().equals("pronoun")) {
                    addressees.add(actor);
                }
            }
            if (!addressees.isEmpty() && !sameCountry(addressees, speech.sources)) {
                speech.code = "100";
                speech.targets = addressees;
                speech.targetFromSlot = true;
                return true;
            }
        }
        return false;
    }

    /** Roots 03-08: intent, consultation, support, cooperation, aid, yielding. */
    private boolean isCooperative(Candidate candidate) {
        int root = codebook.get(candidate.code).rootNumber();
        return root >= 3 && root <= 8;
    }

    /** What refusing a cooperative act is coded as: 12x by what is refused. */
    private String rejectionCode(CameoCode refused) {
        String code = switch (refused.rootNumber()) {
            case 4 -> "125";
            case 6 -> "121";
            case 7 -> "122";
            case 8 -> "124";
            default -> "120";
        };
        return codebook.contains(code) ? code : "120";
    }

    /** The content's subject names its actors itself ("it" or "they" lean on the speaker instead). */
    private static boolean namesItsOwnActors(Candidate content) {
        return !content.sources.isEmpty()
                && content.sources.stream().noneMatch(s -> s.method().equals("pronoun"));
    }

    /**
     * "The FLA will not release the victims", "Britain will not lift the ban": a party saying it will not cooperate
     * is rejecting (12x), which it asserts now; "did not release" stays a negated release.
     */
    private void refusalsAnnounced(ParsedSentence sentence, List<Candidate> candidates) {
        for (Candidate candidate : candidates) {
            if (candidate.consumed || candidate.modality != Modality.NEGATED || candidate.sources.isEmpty()
                    || candidate.match.entry().kind() != TriggerEntry.Kind.VERB || !isCooperative(candidate)) {
                continue;
            }
            int verb = candidate.match.token();
            boolean future = false;
            boolean not = false;
            for (int child : sentence.children(verb)) {
                String word = sentence.token(child).lowerWord();
                String rel = sentence.relation(child);
                future |= rel.equals("aux") && (word.equals("will") || word.equals("wo") || word.equals("would"));
                not |= (rel.equals("advmod") || rel.equals("neg")) && (word.equals("not") || word.equals("n't"));
            }
            if (future && not) {
                candidate.code = rejectionCode(codebook.get(candidate.code));
                candidate.modality = Modality.ASSERTED;
            }
        }
    }

    /**
     * CAMEO's codebook: "all cooperative actions reported in future tense are also taken to imply intentions ... and
     * are hence coded under" 03, and "when any conflictual behavior is forecasted using future tense, it is treated
     * as a threat" (13). So a party's own act announced in the future tense ("Finland will give Tanzania a grant",
     * "the minister will visit Albania in June", "Greece plans to impose restrictions") is an intent (03x) or a
     * threat (13x) asserted now, coded from the act (see {@link #intentCode}); an event noun takes the tense of the
     * verb it is the object of ("will impose a curfew"). Only the actor's own commitment
     * counts: "will" or "shall" on the act, or the actor's plan ("plans/intends/aims/is preparing/is going to").
     * Others' forecasts and timetables ("is expected to", "is scheduled to", "is due to", "is set to") stay
     * future acts, as do verbal acts (statements, appeals, demands) and investigations.
     */
    private void promisesAnnounced(ParsedSentence sentence, List<Candidate> candidates, ActorResolver resolver) {
        for (Candidate candidate : candidates) {
            if (candidate.consumed || candidate.modality != Modality.FUTURE || candidate.sources.isEmpty()
                    || !INTENDED_ROOTS.contains(codebook.get(candidate.code).rootNumber())) {
                continue;
            }
            if (committedByTheActor(sentence, candidate.match.token())) {
                candidate.code = intentCode(codebook.get(candidate.code));
                candidate.modality = Modality.ASSERTED;
                asUltimatum(sentence, candidate, candidate.match.token(), resolver);
            }
        }
    }

    /**
     * Roots whose future-tense acts CAMEO codes as intents (04-08) or threats (14, 16-20). Force posture (15) is
     * left out: "will send troops to Mali" may be peacekeeping as well as menace.
     */
    private static final Set<Integer> INTENDED_ROOTS = Set.of(4, 5, 6, 7, 8, 14, 16, 17, 18, 19, 20);

    /** Adverbs with which the writer, not the party, speculates: "Ottawa would probably retaliate". */
    private static final Set<String> SPECULATING_ADVERBS = Set.of("probably", "likely", "possibly", "perhaps",
            "presumably", "surely", "certainly", "undoubtedly");

    /** Modals with which a party says what it may do to another on a condition. */
    private static final Set<String> CONDITIONAL_MODALS = Set.of("will", "would", "may", "might", "could", "'ll");

    /**
     * "The European Community may halt its mediation if the parties do not cooperate", "Ruritania would close the
     * border if the shelling continued": a party's own conflictual act (14, 16-20) held out on a condition is a
     * threat (13x), which CAMEO codes when it is uttered. The act must have its own subject and modal; the one who
     * must meet an "unless" condition becomes the target ({@link #asUltimatum}). Questions, passives, the
     * writer's speculation ("would probably retaliate") and counterfactual conditions ("if Washington raised
     * tariffs", "if it were attacked") stay hypothetical.
     */
    private void conditionalThreats(ParsedSentence sentence, List<Candidate> candidates, ActorResolver resolver) {
        if (sentence.endsWithQuestionMark()) {
            return;
        }
        for (Candidate candidate : candidates) {
            int root = codebook.get(candidate.code).rootNumber();
            if (candidate.consumed || candidate.modality != Modality.HYPOTHETICAL || candidate.sources.isEmpty()
                    || root < 14 || root == 15) {
                continue;
            }
            int act = tenseCarrier(sentence, candidate.match.token());
            if (act < 0 || sentence.dependents(act, "nsubj").isEmpty() || !sentence.dependents(act, "aux:pass").isEmpty()) {
                continue;
            }
            boolean modal = false;
            for (int aux : sentence.dependents(act, "aux")) {
                modal |= CONDITIONAL_MODALS.contains(sentence.token(aux).lowerWord());
            }
            boolean speculated = false;
            for (int adverb : sentence.dependents(act, "advmod")) {
                speculated |= SPECULATING_ADVERBS.contains(sentence.token(adverb).lowerWord());
            }
            boolean conditioned = false;
            for (int clause : sentence.dependents(act, "advcl")) {
                boolean ifOrUnless = false;
                for (int mark : sentence.dependents(clause, "mark")) {
                    String word = sentence.token(mark).lowerWord();
                    ifOrUnless |= word.equals("if") || word.equals("unless");
                }
                // "if Washington raised tariffs", "if it were attacked": a counterfactual is the writer's supposition
                boolean counterfactual = sentence.token(clause).pos().equals("VBD");
                for (int aux : sentence.dependents(clause, "aux")) {
                    counterfactual |= sentence.token(aux).lowerWord().equals("were");
                }
                for (int cop : sentence.dependents(clause, "cop")) {
                    counterfactual |= sentence.token(cop).lowerWord().equals("were");
                }
                conditioned |= ifOrUnless && !counterfactual;
            }
            if (modal && conditioned && !speculated) {
                candidate.code = intentCode(codebook.get(candidate.code));
                candidate.modality = Modality.ASSERTED;
                asUltimatum(sentence, candidate, act, resolver);
            }
        }
    }

    /**
     * The verb whose auxiliaries and subject are the act's: the trigger itself, or for an event noun the verb it is
     * the object of ("will impose a curfew"); -1 for a noun that is no verb's object.
     */
    private static int tenseCarrier(ParsedSentence sentence, int trigger) {
        if (!sentence.token(trigger).isNoun()) {
            return trigger;
        }
        return sentence.relation(trigger).equals("obj") ? sentence.head(trigger) : -1;
    }

    /** Diplomatic cooperation that two parties do together: engage in it (050), recognise (054), sign (057). */
    private static final Set<String> JOINT_DIPLOMATIC_ACTS = Set.of("050", "054", "057");

    /** Verbs by which the subject states its own plan: "plans to", "intends to", "aims to", "is preparing to". */
    private static final Set<String> PLANNING_VERBS = Set.of("plan", "intend", "aim", "prepare", "go");

    /**
     * The act is in the future tense of its own subject ("will visit", "shall return") or hangs, through control
     * verbs, below its subject's plan ("plans to open", "is going to close"); a passive act ("will be expelled") or a
     * timetable ("is scheduled to meet") is not the actor's commitment.
     */
    private static boolean committedByTheActor(ParsedSentence sentence, int trigger) {
        int act = tenseCarrier(sentence, trigger);
        if (act < 0) {
            return false;
        }
        if (!sentence.dependents(act, "aux:pass").isEmpty() || !sentence.dependents(act, "nsubj:pass").isEmpty()) {
            return false;
        }
        int node = act;
        for (int steps = 0; steps < 6 && node >= 0; steps++) {
            for (int aux : sentence.dependents(node, "aux")) {
                String word = sentence.token(aux).lowerWord();
                if (word.equals("will") || word.equals("shall") || word.equals("'ll")) {
                    return true;
                }
            }
            String lemma = sentence.token(node).lemma().toLowerCase(Locale.ROOT);
            boolean goingTo = !lemma.equals("go") || sentence.token(node).lowerWord().equals("going");
            if (node != act && PLANNING_VERBS.contains(lemma) && goingTo
                    && !sentence.dependents(node, "nsubj").isEmpty()) {
                return true;
            }
            if (!sentence.relation(node).equals("xcomp")) {
                return false;
            }
            node = sentence.head(node);
        }
        return false;
    }

    /**
     * "Nigeria announced that it will withdraw its force from Chad unless President Goukouni arranged a ceasefire":
     * an announced act made to depend on what someone else does ("unless") is a threat (13x) to them. The one who
     * must meet the condition, when the dictionaries know them, is the target.
     */
    private void asUltimatum(ParsedSentence sentence, Candidate announced, int act, ActorResolver resolver) {
        for (int clause : sentence.dependents(act, "advcl")) {
            boolean unless = false;
            for (int mark : sentence.dependents(clause, "mark")) {
                unless |= sentence.token(mark).lowerWord().equals("unless");
            }
            if (!unless) {
                continue;
            }
            if (codebook.get(announced.code).rootNumber() != 13) {
                announced.code = "130";
            }
            List<ResolvedActor> conditioned = new ArrayList<>();
            for (int subject : sentence.dependents(clause, "nsubj")) {
                ResolvedActor actor = resolver.resolve(subject);
                if (actor != null && !sameCountry(List.of(actor), announced.sources)) {
                    conditioned.add(actor);
                }
            }
            if (!conditioned.isEmpty()) {
                announced.targets = conditioned;
                announced.targetFromSlot = false;
            }
            return;
        }
    }

    /**
     * "wanted a new relationship" and "agreed to an extension of the mandate" state what is wanted or accepted;
     * "what the US wants" does not.
     */
    private static boolean wantsSomething(ParsedSentence sentence, int verb) {
        for (int object : sentence.dependents(verb, "obl")) {
            if ("to".equals(sentence.caseMarker(object)) && sentence.token(object).isNoun()
                    && !sentence.token(object).isProperNoun()) {
                return true;
            }
        }
        for (int object : sentence.dependents(verb, "obj")) {
            String pos = sentence.token(object).pos();
            if (!pos.startsWith("W") && !pos.startsWith("PRP")) {
                return true;
            }
        }
        return false;
    }

    private static void inheritTarget(Candidate candidate, Candidate complement) {
        if (candidate.targets.isEmpty() && !complement.targets.isEmpty()) {
            candidate.targets = complement.targets;
            candidate.targetFromSlot = complement.targetFromSlot;
        }
    }

    /** Verbs whose "of", "for" or "with" complement is what someone is accused of. */
    private static final Set<String> ACCUSING_VERBS = Set.of("accuse", "charge", "blame", "suspect", "convict",
            "indict", "fault");

    /**
     * What a verbal act is about is not an event the article reports in its own right: "denounced Serbia's
     * suppression of the unrest", "complained over two air raids", "went on strike to protest the government's
     * refusal" name the suppression, the raids and the refusal as the topic of the denunciation, complaint or
     * protest, and "accused the United States of violating human rights" names an allegation. Such events are
     * marked reported: the verbal act is the news, and coding its topic again would count one past event once for
     * every time someone speaks of it. Event nouns are topics when they are the object or an oblique of a
     * statement, appeal, demand, criticism, rejection, threat or protest (or of the verb that act's clause hangs
     * from); anything under an accusation's "of", "for" or "with" is alleged.
     */
    private void markTopics(ParsedSentence sentence, List<Candidate> candidates) {
        java.util.Map<Integer, Candidate> byToken = new java.util.HashMap<>();
        candidates.forEach(c -> byToken.putIfAbsent(c.match.token(), c));
        for (Candidate candidate : candidates) {
            if (candidate.consumed || candidate.modality != Modality.ASSERTED) {
                continue;
            }
            int token = candidate.match.token();
            if (alleged(sentence, token)) {
                candidate.modality = Modality.REPORTED;
                continue;
            }
            String rel = sentence.relation(token);
            int head = sentence.head(token);
            if (candidate.match.entry().kind() != TriggerEntry.Kind.NOUN || head < 0
                    || !(rel.equals("obj") || rel.startsWith("obl") || rel.startsWith("nmod"))) {
                continue;
            }
            Candidate governor = byToken.get(head);
            if (governor != null && governor != candidate && !governor.consumed && isAboutSomething(governor)) {
                candidate.modality = Modality.REPORTED;
            }
        }
    }

    /** Statements, appeals, demands, criticism, rejections, threats and protests are about something. */
    private boolean isAboutSomething(Candidate candidate) {
        int root = codebook.get(candidate.code).rootNumber();
        return root == 1 || root == 2 || (root >= 10 && root <= 14);
    }

    /** The token hangs, within three steps, from an accusing verb's "of", "for" or "with" complement. */
    private static boolean alleged(ParsedSentence sentence, int token) {
        int node = token;
        for (int steps = 0; steps < 3 && sentence.head(node) >= 0; steps++) {
            int head = sentence.head(node);
            if (ACCUSING_VERBS.contains(sentence.token(head).lemma().toLowerCase(Locale.ROOT))) {
                String rel = sentence.relation(node);
                if (!(rel.startsWith("obl") || rel.equals("advcl") || rel.equals("xcomp"))) {
                    return false;
                }
                java.util.List<Integer> markers = new ArrayList<>(sentence.dependents(node, "case"));
                markers.addAll(sentence.dependents(node, "mark"));
                for (int marker : markers) {
                    String word = sentence.token(marker).lowerWord();
                    if (word.equals("of") || word.equals("for") || word.equals("with")) {
                        return true;
                    }
                }
                return false;
            }
            node = head;
        }
        return false;
    }

    /** Events inside what someone said are reported, not asserted by the article. */
    private static void markReported(ParsedSentence sentence, List<Candidate> candidates, ActorResolver resolver) {
        for (Candidate candidate : candidates) {
            if (candidate.consumed || candidate.modality != Modality.ASSERTED || candidate.announcedBySource) {
                continue;
            }
            int node = candidate.match.token();
            for (int steps = 0; steps < 12 && sentence.head(node) >= 0; steps++) {
                String rel = sentence.relation(node);
                int head = sentence.head(node);
                String headLemma = sentence.token(head).lemma().toLowerCase(Locale.ROOT);
                boolean clausal = rel.equals("ccomp") || rel.equals("parataxis");
                if (clausal && DIRECTIVE_VERBS.contains(headLemma)) {
                    candidate.modality = Modality.HYPOTHETICAL; // "demanded that the US lift sanctions"
                    break;
                }
                if ((clausal && REPORTING_VERBS.contains(headLemma)) || HEDGING_VERBS.contains(headLemma)) {
                    if (!(clausal && SOURCING_VERBS.contains(headLemma) && isAttribution(sentence, head, resolver))) {
                        candidate.modality = Modality.REPORTED;
                    }
                    break;
                }
                node = head;
            }
        }
    }

    /**
     * "..., officials said", "police said", "witnesses told Reuters": a journalist's sourcing, not a party's claim.
     * The reporter is unnamed or only a title, so the article asserts the event; a named actor's words
     * ("Pakistan said India attacked") stay reported.
     */
    private static boolean isAttribution(ParsedSentence sentence, int reportingVerb, ActorResolver resolver) {
        List<Integer> subjects = sentence.dependents(reportingVerb, "nsubj");
        if (subjects.isEmpty()) {
            return false;
        }
        for (int subject : subjects) {
            if (sentence.token(subject).isPronoun()) {
                return false;
            }
            ResolvedActor speaker = resolver.resolve(subject);
            if (speaker != null && !speaker.method().equals("focal-country") && !isReporter(speaker)
                    && !onlyLocated(sentence, subject, speaker)) {
                return false;
            }
        }
        return true;
    }

    /**
     * "relief officials in Nairobi said", "diplomatic sources in neighbouring Pakistan said": a common noun whose
     * only name is the place where the speakers are is an unnamed source, not the place's country speaking.
     */
    private static boolean onlyLocated(ParsedSentence sentence, int subject, ResolvedActor speaker) {
        if (!sentence.token(subject).isNoun() || sentence.token(subject).isProperNoun()) {
            return false;
        }
        for (int child : sentence.children(subject)) {
            String marker = sentence.caseMarker(child);
            if (sentence.relation(child).startsWith("nmod") && ("in".equals(marker) || "at".equals(marker))
                    && namesFrom(sentence, child, speaker)) {
                return true;
            }
        }
        return false;
    }

    /** Whether the speaker's name (the proper noun of its span) lies in the phrase headed by {@code head}. */
    private static boolean namesFrom(ParsedSentence sentence, int head, ResolvedActor speaker) {
        for (int token = speaker.startToken(); token < speaker.endToken(); token++) {
            if (!sentence.token(token).isProperNoun()) {
                continue;
            }
            for (int node = token, steps = 0; node >= 0 && steps < 8; node = sentence.head(node), steps++) {
                if (node == head) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Media, international organisations and NGOs report on others' acts as witnesses, not as their parties. */
    private static boolean isReporter(ResolvedActor speaker) {
        String code = speaker.actor().code();
        return "MED".equals(speaker.actor().sector()) || code.startsWith("IGO") || code.startsWith("NGO");
    }

    /** The candidate heading the complement clause of {@code governor} (following xcomp chains inside it). */
    private static Candidate complementOf(ParsedSentence sentence, Candidate governor, List<Candidate> candidates,
                                          String relation) {
        for (int clause : sentence.dependents(governor.match.token(), relation)) {
            int node = clause;
            for (int depth = 0; depth < 4 && node >= 0; depth++) {
                for (Candidate c : candidates) {
                    if (c != governor && c.match.token() == node) {
                        return c;
                    }
                }
                // "NATO confirmed it would tighten the blockade of Serbia": a clause whose verb only starts,
                // continues or strengthens does what its object's event noun names ("would prohibit all aid" and
                // "postpone the demonstration" do not)
                boolean aspectual = ASPECTUAL_VERBS.contains(sentence.token(node).lemma().toLowerCase(Locale.ROOT));
                for (Candidate c : candidates) {
                    int token = c.match.token();
                    if (aspectual && c != governor && c.match.entry().kind() == TriggerEntry.Kind.NOUN
                            && sentence.head(token) == node && sentence.relation(token).equals("obj")) {
                        return c;
                    }
                }
                node = sentence.firstDependent(node, "xcomp");
            }
        }
        return null;
    }

    /** "Portugal will support Turkey, the president said": the speech verb hangs below what was said. */
    private static Candidate governingContent(ParsedSentence sentence, Candidate speech, List<Candidate> candidates) {
        int token = speech.match.token();
        if (!sentence.relation(token).equals("parataxis") || sentence.head(token) < 0) {
            return null;
        }
        int head = sentence.head(token);
        for (Candidate c : candidates) {
            if (c != speech && c.match.token() == head) {
                return c;
            }
        }
        return null;
    }

    /**
     * "told her interlocutors that the US wanted..." is often parsed with the content clause as a relative clause
     * of the addressee; a relative clause with its own subject under a speech verb's addressee is its content.
     */
    private static Candidate misattachedContent(ParsedSentence sentence, Candidate speech, List<Candidate> candidates) {
        for (int addressee : sentence.children(speech.match.token())) {
            String rel = sentence.relation(addressee);
            if (!(rel.startsWith("obl") || rel.equals("obj") || rel.equals("iobj"))) {
                continue;
            }
            for (int clause : sentence.dependents(addressee, "acl:relcl")) {
                if (sentence.firstDependent(clause, "nsubj") < 0) {
                    continue;
                }
                for (Candidate c : candidates) {
                    if (c != speech && c.match.token() == clause) {
                        return c;
                    }
                }
            }
        }
        return null;
    }

    private static boolean sameCountry(List<ResolvedActor> a, List<ResolvedActor> b) {
        for (ResolvedActor x : a) {
            for (ResolvedActor y : b) {
                if (x.actor().country().equals(y.actor().country())) {
                    return true;
                }
            }
        }
        return false;
    }

    private static Modality worse(Modality a, Modality b) {
        return a.ordinal() >= b.ordinal() ? a : b;
    }

    private static List<Integer> union(List<Integer> a, List<Integer> b) {
        List<Integer> all = new ArrayList<>(a);
        for (int t : b) {
            if (!all.contains(t)) {
                all.add(t);
            }
        }
        return all;
    }

    /** What an expressed intent to do X is coded as: 03x for cooperative X, a threat (13x) for violent X. */
    private String intentCode(CameoCode complement) {
        String code = complement.code();
        int root = complement.rootNumber();
        String intent = switch (root) {
            case 3, 13 -> code;
            case 4 -> "036";
            case 5 -> "032";
            case 6 -> code.equals("062") ? "0312" : code.equals("061") ? "0311" : "031";
            case 7 -> code.equals("073") ? "0333" : code.equals("072") ? "0332" : code.equals("071") ? "0331" : "033";
            case 8 -> code.startsWith("087") ? "0356" : code.startsWith("084") ? "0353"
                    : code.equals("085") ? "0354" : "035";
            case 14 -> "133";
            case 16 -> switch (code.length() > 2 ? code.substring(0, 3) : code) {
                case "161" -> "1313";
                case "162" -> "1311";
                case "163" -> "1312";
                case "164" -> "134";
                case "165" -> "135";
                case "166" -> "136";
                default -> "131";
            };
            case 17 -> code.startsWith("172") ? (code.length() == 4 ? "132" + code.charAt(3) : "132") : "137";
            case 18 -> "1383";
            case 19 -> code.equals("191") ? "1381" : code.equals("192") ? "1382" : "1384";
            case 20 -> "1385";
            default -> "030";
        };
        return codebook.contains(intent) ? intent : root >= 14 ? "130" : "030";
    }

    private void emit(String articleId, LocalDate articleDate, String text, ParsedSentence sentence,
                      Candidate candidate, List<Gazetteer.PlaceMention> places, EventLocation dateline,
                      List<CodedEvent> events) {
        List<ResolvedActor> sources = candidate.sources;
        List<ResolvedActor> targets = candidate.targets;
        List<ResolvedActor[]> dyads = new ArrayList<>();
        boolean mutual = candidate.has("recip") || candidate.match.entry().targetSlots().contains("between");
        int root = codebook.get(candidate.code).rootNumber();
        // "Peru and Chile agreed to hold joint exercises", "Kenya and Uganda met", "X and Y upgraded their ties":
        // parties named together that agree, meet, sign, establish ties or cooperate with no one else named do so
        // with each other (those that each vow, praise or give something do not); "their ties": a target that is
        // one of the subjects themselves leaves them acting together
        boolean agreeing = sentence.token(candidate.match.token()).lemma().equalsIgnoreCase("agree");
        java.util.Set<String> sourceCodes = new java.util.HashSet<>();
        sources.forEach(s -> sourceCodes.add(s.actor().code()));
        boolean onlyEachOther = targets.stream().allMatch(t -> sourceCodes.contains(t.actor().code()));
        boolean jointAct = mutual || (root == 3 && agreeing) || root == 4 || root == 6
                || JOINT_DIPLOMATIC_ACTS.contains(candidate.code);
        boolean together = onlyEachOther && sources.size() >= 2 && jointAct;
        boolean onlyPlaces = !targets.isEmpty()
                && targets.stream().allMatch(t -> t.method().equals("place") || t.method().equals("own state"));
        if (together || (mutual && sources.size() >= 2 && onlyPlaces)) {
            // "Indian and Pakistani troops exchanged artillery fire in Kashmir": a mutual act of the parties named
            // together is on each other; the place is where it happened, not a third party
            targets = List.of();
        }
        if (sources.isEmpty() && targets.size() >= 2 && mutual) {
            sources = targets; // "talks between X and Y"
            targets = List.of();
        }
        if (targets.isEmpty() && sources.size() >= 2 && (mutual || together)) {
            for (ResolvedActor a : sources) {
                for (ResolvedActor b : sources) {
                    if (a != b) {
                        dyads.add(new ResolvedActor[] {a, b});
                    }
                }
            }
        } else if (targets.isEmpty()) {
            // "threatened to raise enrichment": an act announced about a course of action has no addressee
            boolean aboutAnAction = candidate.match.entry().kind() == TriggerEntry.Kind.VERB
                    && !sentence.dependents(candidate.match.token(), "xcomp").isEmpty()
                    && sentence.dependents(candidate.match.token(), "obj").isEmpty();
            boolean actsOnThings = ACTS_ON_THINGS.contains(codebook.get(candidate.code).rootNumber());
            if (candidate.match.entry().targetSlots().isEmpty() || aboutAnAction || actsOnThings) {
                sources.forEach(s -> dyads.add(new ResolvedActor[] {s, null}));
            }
        } else {
            for (ResolvedActor s : sources) {
                for (ResolvedActor t : targets) {
                    dyads.add(new ResolvedActor[] {s, t});
                }
            }
            if (candidate.has("recip") && (root == 4 || root == 6)) {
                // "held talks with", "telephoned", "shared intelligence with": a consultation or an exchange is
                // both parties' act, coded both ways; an intent ("will hold talks with China") is only the
                // subject's, and so is a diplomatic step towards another ("restored ties with Y", 05)
                for (ResolvedActor t : targets) {
                    if (t.method().equals("place") || t.method().equals("own state")) {
                        continue;
                    }
                    for (ResolvedActor s : sources) {
                        dyads.add(new ResolvedActor[] {t, s});
                    }
                }
            }
        }
        CameoCode cameo = codebook.get(candidate.code);
        EventDating.Dated dated = EventDating.date(sentence, candidate.spanTokens, articleDate);
        Span triggerSpan = span(text, sentence, candidate.spanTokens);
        Span sentenceSpan = new Span(text.substring(sentence.start(), sentence.end()), sentence.start(), sentence.end());
        for (ResolvedActor[] dyad : dyads) {
            ResolvedActor source = dyad[0];
            ResolvedActor target = dyad[1];
            if (target != null && source.actor().code().equals(target.actor().code())
                    && !target.method().equals("place") && !target.method().equals("own state")) {
                // an actor acting on itself is no event; "Iraqis demonstrated in Kirkuk" is aimed at Iraq
                continue;
            }
            if (target != null && cameo.rootNumber() >= 3 && cameo.rootNumber() <= 6 && isTheState(source.actor())
                    && isTheState(target.actor()) && source.actor().country().equals(target.actor().country())) {
                // a state does not promise, meet, praise or cooperate with itself ("Saudi Arabia plans to host the Expo in
                // Riyadh"); aid and concessions to its own regions are events
                continue;
            }
            ConfidenceFeatures features = ConfidenceScore.features(candidate.match.entry(), source, target,
                    candidate.targetFromSlot, sentence, candidate.match.token(), cameo);
            double confidence = ConfidenceScore.of(features);
            java.util.Set<String> preferred = new java.util.HashSet<>();
            preferred.add(source.actor().country());
            if (target != null) {
                preferred.add(target.actor().country());
            }
            if (dateline != null) {
                preferred.add(dateline.place().country());
            }
            EventLocation location = locator.locate(text, sentence, places, candidate.match.tokens(),
                    cameo.code().equals("042"), preferred, dateline);
            String id = articleId + "-s" + sentence.index() + "-e" + events.size();
            events.add(new CodedEvent(id, sentence.index(), sentenceSpan, actor(text, sentence, source),
                    target == null ? null : actor(text, sentence, target), triggerSpan, cameo, candidate.modality,
                    confidence, dated.date(), dated.origin(), location, features));
        }
    }

    /**
     * A state's actor: a country with a sector or none ("Algerian farmers", "Kenya"), not an international body or a
     * group with no state of its own (whose code is its own, "HEZ").
     */
    private static boolean isOfAState(Actor actor) {
        return actor.country() != null && actor.country().length() == 3
                && actor.code().equals(actor.country() + (actor.sector() == null ? "" : actor.sector()))
                && !"IGO".equals(actor.sector()) && !"NGO".equals(actor.sector());
    }

    /** A country or its government as a whole ("Ghana", "Accra", "the Ghanaian government"). */
    private static boolean isTheState(Actor actor) {
        return isOfAState(actor) && (actor.sector() == null || actor.sector().equals("GOV"));
    }

    private static Span span(String text, ParsedSentence sentence, List<Integer> tokens) {
        int start = Integer.MAX_VALUE;
        int end = -1;
        for (int t : tokens) {
            start = Math.min(start, sentence.token(t).start());
            end = Math.max(end, sentence.token(t).end());
        }
        return new Span(text.substring(start, end), start, end);
    }

    private static EventActor actor(String text, ParsedSentence sentence, ResolvedActor resolved) {
        int start = sentence.token(resolved.startToken()).start();
        int end = sentence.token(resolved.endToken() - 1).end();
        var actor = resolved.actor();
        return new EventActor(text.substring(start, end), actor.code(), actor.country(), actor.sector(), start, end,
                resolved.method());
    }
}
