package org.attache.actors;

import org.attache.nlp.EntityMention;
import org.attache.nlp.ParsedSentence;
import org.attache.nlp.Token;
import org.attache.places.Gazetteer;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Resolves the nominals of one article's sentences to actors, at the article's date. It remembers the people it
 * has seen, so that after "US Ambassador Alice Wells" a later "Ambassador Wells", "Wells" or "she" is the same
 * actor. One resolver serves one article: nothing carries over to the next.
 */
public final class ActorResolver {
    private static final Set<String> PERSONAL_PRONOUNS = Set.of("he", "she", "him", "her");
    private static final int PRONOUN_REACH_SENTENCES = 2;
    /** Pronouns that stand for a country, an organisation or a group rather than a person. */
    private static final Set<String> COLLECTIVE_PRONOUNS = Set.of("it", "its", "they", "them", "their");
    private static final Set<String> SINGULAR_COLLECTIVE = Set.of("it", "its");

    private final ActorMatcher matcher;
    private final Gazetteer gazetteer;
    private final LocalDate date;
    private final StoryCountries story = new StoryCountries();
    /** People by name, with the mention each was learned from. */
    private final Map<String, PersonSighting> peopleByName = new HashMap<>();
    private final List<PersonSighting> sightings = new ArrayList<>();

    /** Peoples that live as minorities across borders; "Bosnian Serbs" are Bosnia's. */
    private static final Set<String> ETHNIC_GROUPS = Set.of("serbs", "croats", "albanians", "hungarians",
            "russians", "greeks", "turks", "armenians", "azeris", "uzbeks", "tajiks", "somalis");

    private static final Set<String> PAIR_NOUNS = Set.of("side", "country", "government", "nation", "capital",
            "neighbour", "neighbor", "leader", "state", "party");
    private final List<PersonSighting> countrySightings = new ArrayList<>();
    private final Map<String, Integer> countryMentions = new HashMap<>();
    private final List<String> countryOrder = new ArrayList<>();

    private ParsedSentence sentence;
    private List<ActorMention> mentions = List.of();
    /** The tokens of the current sentence that are relational nouns ("ally", "proxy"), usually none. */
    private List<Integer> relationalNouns = List.of();

    /** An actor seen at a token of a sentence; for a person, the head words of the titles it was named with. */
    private record PersonSighting(int sentence, int token, Actor actor, Set<String> titles) {
        PersonSighting(int sentence, int token, Actor actor) {
            this(sentence, token, actor, Set.of());
        }
    }

    /** A resolver that reads capitals by their dates only (no gazetteer: an ambiguous capital is the capital). */
    public ActorResolver(ActorMatcher matcher, LocalDate date) {
        this(matcher, new Gazetteer(), date);
    }

    /** @param gazetteer the places, for capitals whose name is also a place of another country */
    public ActorResolver(ActorMatcher matcher, Gazetteer gazetteer, LocalDate date) {
        this.matcher = matcher;
        this.gazetteer = gazetteer;
        this.date = date;
    }

    /** Prepares a new sentence: matches the dictionaries and learns the people it names. */
    public void startSentence(ParsedSentence next) {
        this.sentence = next;
        List<Integer> relational = new ArrayList<>(0);
        for (int token = 0; token < next.size(); token++) {
            if (RELATIONAL_NOUNS.contains(next.token(token).lemma().toLowerCase(Locale.ROOT))) {
                relational.add(token);
            }
        }
        this.relationalNouns = relational;
        List<ActorMention> found = onDate(matcher.match(next));
        List<Gazetteer.PlaceMention> places = gazetteer.match(next, date);
        story.learn(found, places);
        this.mentions = withoutDateline(next, story.readCapitals(found, places));
        for (ActorMention mention : mentions) {
            DictionaryEntry country = mention.firstCountryLike();
            boolean ethnic = mention.startToken() > 0
                    && next.token(mention.startToken() - 1).lowerWord().equals("ethnic");
            if (country != null && !ethnic) { // "ethnic Albanians in Serbia" do not make a story Albania's
                countrySightings.add(new PersonSighting(next.index(), mention.startToken(),
                        Actor.of(country.country(), null, country.phrase(), country.origin())));
                if (countryMentions.merge(country.country(), 1, Integer::sum) == 1) {
                    countryOrder.add(country.country());
                }
            }
        }
        for (EntityMention entity : next.entities()) {
            if (entity.type().equals("PERSON")) {
                ResolvedActor person = resolvePerson(entity, new NounPhrase(next, headOf(entity)));
                if (person != null) {
                    sightings.add(new PersonSighting(next.index(), entity.startToken(), person.actor(),
                            titlesOf(entity)));
                }
            }
        }
    }

    /** The mentions as their entries read on the article's date: a capital is its government only while it is one. */
    private List<ActorMention> onDate(List<ActorMention> found) {
        List<ActorMention> dated = new ArrayList<>(found.size());
        for (ActorMention mention : found) {
            List<DictionaryEntry> entries = mention.entries().stream().map(e -> e.on(date)).toList();
            dated.add(entries.equals(mention.entries()) ? mention
                    : new ActorMention(mention.startToken(), mention.endToken(), entries));
        }
        return dated;
    }

    /**
     * "BAGHDAD — Tens of thousands rallied..." and "CUCUTA, Colombia — Venezuela lifted...": the place of a dateline
     * says where the story was filed, not who acted, so its names are not actor candidates.
     */
    private static List<ActorMention> withoutDateline(ParsedSentence sentence, List<ActorMention> found) {
        int dash = org.attache.nlp.Dateline.dashIndex(sentence);
        return dash < 0 ? found : found.stream().filter(m -> m.startToken() > dash).toList();
    }

    public List<ActorMention> mentions() {
        return mentions;
    }

    /** Whether any token of the sentence could name an actor (a dictionary phrase or a person's name). */
    public boolean sentenceHasActorCandidates() {
        if (mentions.stream().anyMatch(m -> m.entries().stream().anyMatch(DictionaryEntry::namesActor))) {
            return true;
        }
        return sentence.entities().stream().anyMatch(e -> e.type().equals("PERSON"));
    }

    /** The actor named by the noun phrase headed by {@code head}, or null when it names none. */
    public ResolvedActor resolve(int head) {
        Token headToken = sentence.token(head);
        if (headToken.pos().equals("PRP") && PERSONAL_PRONOUNS.contains(headToken.lowerWord())) {
            return resolvePronoun(head);
        }
        if (headToken.isPronoun() && COLLECTIVE_PRONOUNS.contains(headToken.lowerWord())) {
            return resolveCollectivePronoun(head);
        }
        if (isNonActor(head)) {
            return null; // "the Irish rugby team ambushed New Zealand": sport, not war
        }
        NounPhrase phrase = new NounPhrase(sentence, head);
        EntityMention headEntity = sentence.entityAt(head);
        if (headEntity != null && headEntity.type().equals("PERSON")) {
            ResolvedActor person = resolvePerson(headEntity, phrase);
            if (person != null) {
                return person;
            }
        }
        ActorMention base = null;
        int baseDistance = NounPhrase.OUTSIDE;
        ActorMention sector = null;
        int sectorDistance = NounPhrase.OUTSIDE;
        // most sentences name no ally or proxy: nothing to mark then, on this path taken for every nominal
        boolean[] partnerOfAnother = relationalNouns.isEmpty() ? null : partnersOfAnother(phrase);
        for (ActorMention mention : mentions) {
            int distance = phrase.distance(mention.startToken(), mention.endToken());
            if (distance == NounPhrase.OUTSIDE
                    || (partnerOfAnother != null && partnerOfAnother[mention.startToken()])) {
                continue;
            }
            if (mention.entries().stream().anyMatch(DictionaryEntry::namesActor)) {
                if (distance < baseDistance) {
                    base = mention;
                    baseDistance = distance;
                }
            } else if (distance < sectorDistance) {
                sector = mention;
                sectorDistance = distance;
            }
        }
        EntityMention person = personIn(phrase);
        if (person != null && phrase.distance(person.startToken(), person.endToken()) <= baseDistance) {
            ResolvedActor resolved = resolvePerson(person, phrase);
            if (resolved != null) {
                return resolved;
            }
        }
        ActorMention group = sector == null ? null : groupOfMembers(head, sector);
        if (base == null) {
            if (sector == null || !sector.contains(head)) {
                return null;
            }
            ResolvedActor titled = group == null ? lastPersonTitled(head, sector) : null;
            return titled != null ? titled : focalActor(group != null ? group : sector);
        }
        if (group != null) {
            sector = group;
        }
        ResolvedActor nationalBody = nationalNamesake(base, head);
        if (nationalBody != null) {
            return nationalBody;
        }
        Actor actor = actorOf(base, sector);
        if (actor == null) {
            return null;
        }
        DictionaryEntry capital = base.first(DictionaryEntry.Kind.CAPITAL);
        if (capital != null && sector == null && base.first(DictionaryEntry.Kind.SEAT) == null
                && base.first(DictionaryEntry.Kind.ORGANISATION) == null && locativeOf(base, head)) {
            // "a curfew in Algiers", "a hotel in Kabul": a capital named as where a thing is, is a place
            return new ResolvedActor(Actor.of(capital.country(), null, capital.phrase(), capital.origin()),
                    base.startToken(), base.endToken(), "place");
        }
        boolean people = base.contains(head) && base.first(DictionaryEntry.Kind.COUNTRY) == null
                && base.first(DictionaryEntry.Kind.DEMONYM) != null;
        DictionaryEntry host = people || ethnicGroup(head, base) ? hostCountry(head) : null;
        if (people && host == null && ETHNIC_GROUPS.contains(sentence.token(head).lowerWord())) {
            host = homeOfMinority(head, base);
        }
        if (host != null && !host.country().equals(actor.country())) {
            // "the Albanians of southern Serbia", "ethnic Albanians in Serbia": a people named by where they live
            // is coded by that country, as minorities are
            return new ResolvedActor(Actor.of(host.country(), actor.sector(), text(base.startToken(),
                    base.endToken()), "people living in " + host.phrase() + " (" + host.origin() + ")"),
                    base.startToken(), base.endToken(), "dictionary");
        }
        int start = base.startToken();
        int end = base.endToken();
        if (sector != null && actor.sector() != null && actor.sector().equals(sectorOf(sector))) {
            start = Math.min(start, sector.startToken());
            end = Math.max(end, sector.endToken());
        }
        return new ResolvedActor(actor, start, end, "dictionary");
    }

    /**
     * "Bosnian Serbs", "Kosovo Albanians", "Croatian Serb refugees": a people that lives across borders, qualified by
     * a country, is that country's minority; the qualifying country, or null.
     */
    private DictionaryEntry homeOfMinority(int people, ActorMention base) {
        for (int child : sentence.children(people)) {
            String rel = sentence.relation(child);
            if (!rel.equals("amod") && !rel.startsWith("compound")) {
                continue;
            }
            for (ActorMention mention : mentions) {
                if (mention == base || !mention.contains(child)) {
                    continue;
                }
                DictionaryEntry country = mention.firstCountryLike();
                if (country != null && mention.first(DictionaryEntry.Kind.CAPITAL) == null
                        && !country.country().equals(base.first(DictionaryEntry.Kind.DEMONYM).country())) {
                    return country;
                }
            }
        }
        return null;
    }

    /**
     * Nouns that name someone by their relation to another: "Israel's ally" is not Israel. Not "opponent" or "rival":
     * "opponents of the Maldives government" are Maldivians.
     */
    private static final Set<String> RELATIONAL_NOUNS = Set.of("ally", "proxy", "partner", "enemy", "foe",
            "neighbour", "neighbor", "adversary", "client", "surrogate", "protege", "protégé");

    /**
     * The tokens of a phrase that name whom its actor is related to rather than the actor: the possessor or "of"
     * phrase of an ally, proxy, rival or neighbour ("Israel's militia ally in southern Lebanon", "an ally of Iran").
     */
    private boolean[] partnersOfAnother(NounPhrase phrase) {
        boolean[] related = new boolean[sentence.size()];
        for (int token : relationalNouns) {
            if (!phrase.contains(token)) {
                continue;
            }
            for (int child : sentence.children(token)) {
                String rel = sentence.relation(child);
                if (rel.equals("nmod:poss") || (rel.startsWith("nmod") && "of".equals(sentence.caseMarker(child)))) {
                    markSubtree(child, related);
                }
            }
        }
        return related;
    }

    private void markSubtree(int token, boolean[] marked) {
        marked[token] = true;
        for (int child : sentence.children(token)) {
            if (!marked[child]) {
                markSubtree(child, marked);
            }
        }
    }

    /** Whether the mention is an "in" or "at" phrase hanging on the head noun ("a curfew in Algiers"). */
    private boolean locativeOf(ActorMention mention, int head) {
        if (mention.contains(head)) {
            return false;
        }
        for (int token = mention.startToken(); token < mention.endToken(); token++) {
            if (sentence.head(token) == head && sentence.relation(token).startsWith("nmod")) {
                String marker = sentence.caseMarker(token);
                return "in".equals(marker) || "at".equals(marker);
            }
        }
        return false;
    }

    /**
     * The country named in an "in" or "of" phrase of a people noun ("Albanians of southern Serbia"), or null. An
     * "ethnic" people is a minority where the clause places it: "ethnic Albanians demonstrated in Serbia", "troops
     * killed three ethnic Albanians in southern Serbia".
     */
    private DictionaryEntry hostCountry(int people) {
        DictionaryEntry host = countryIn(people);
        if (host != null) {
            return host;
        }
        boolean ethnic = qualifiedAsEthnic(people);
        int clause = sentence.head(people);
        String rel = sentence.relation(people);
        if (!ethnic || clause < 0 || !(rel.startsWith("nsubj") || rel.equals("obj"))) {
            return null;
        }
        List<Integer> places = new ArrayList<>();
        for (int oblique : sentence.dependents(clause, "obl")) {
            places.add(oblique); // "in Serbia", or "in a gunbattle in Serbia", "on Tuesday in Serbia"
            places.addAll(sentence.dependents(oblique, "nmod"));
        }
        for (int place : places) {
            DictionaryEntry country = "in".equals(sentence.caseMarker(place)) ? countryNamedAt(place) : null;
            if (country != null) {
                return country;
            }
        }
        return null;
    }

    private DictionaryEntry countryIn(int people) {
        for (int child : sentence.dependents(people, "nmod")) {
            String marker = sentence.caseMarker(child);
            DictionaryEntry country = "in".equals(marker) || "of".equals(marker) ? countryNamedAt(child) : null;
            if (country != null) {
                return country;
            }
        }
        for (int clause : sentence.children(people)) {
            if (!sentence.relation(clause).startsWith("acl")) {
                continue;
            }
            for (int oblique : sentence.dependents(clause, "obl")) {
                // "Albanians living in Serbia", "ethnic Albanian guerrillas operating in Macedonia"
                DictionaryEntry country = "in".equals(sentence.caseMarker(oblique)) ? countryNamedAt(oblique) : null;
                if (country != null) {
                    return country;
                }
            }
        }
        return null;
    }

    /**
     * "ethnic Albanian guerrillas", "ethnic Serb villagers": a group qualified as ethnic by a people's adjective is of
     * that people, and so a minority where it lives, as "ethnic Albanians" are.
     */
    private boolean ethnicGroup(int head, ActorMention base) {
        if (base.contains(head) || base.first(DictionaryEntry.Kind.DEMONYM) == null
                || base.first(DictionaryEntry.Kind.COUNTRY) != null) {
            return false;
        }
        boolean qualifies = false;
        for (int modifier : sentence.children(head)) {
            String rel = sentence.relation(modifier);
            qualifies |= (rel.equals("amod") || rel.startsWith("compound")) && base.contains(modifier);
        }
        return qualifies && qualifiedAsEthnic(head);
    }

    /** "ethnic Albanians", "ethnic Serb villagers": the noun has "ethnic" as an adjective. */
    private boolean qualifiedAsEthnic(int noun) {
        for (int modifier : sentence.dependents(noun, "amod")) {
            if (sentence.token(modifier).lowerWord().equals("ethnic")) {
                return true;
            }
        }
        return false;
    }

    /** The country of the dictionary mention that covers the token, or null. */
    private DictionaryEntry countryNamedAt(int token) {
        for (ActorMention mention : mentions) {
            DictionaryEntry country = mention.first(DictionaryEntry.Kind.COUNTRY);
            if (country != null && mention.contains(token)) {
                return country;
            }
        }
        return null;
    }

    /**
     * The actor of a noun phrase and of the countries coordinated inside it: "the foreign ministers of Armenia and
     * Azerbaijan" and "Indian and Chinese commanders" name two actors with one sector.
     */
    public List<ResolvedActor> resolveAll(int head) {
        List<ResolvedActor> pair = lastDyad(head);
        if (!pair.isEmpty()) {
            return pair;
        }
        ResolvedActor first = resolve(head);
        if (first == null) {
            return List.of();
        }
        List<ResolvedActor> all = new ArrayList<>(2);
        all.add(first);
        for (int token = first.startToken(); token < first.endToken(); token++) {
            if (token == head) {
                continue;
            }
            for (int conjunct : sentence.dependents(token, "conj")) {
                for (ActorMention mention : mentions) {
                    DictionaryEntry country = mention.contains(conjunct) ? mention.firstCountryLike() : null;
                    if (country != null && !country.country().equals(first.actor().country())) {
                        all.add(new ResolvedActor(Actor.of(country.country(), first.actor().sector(), country.phrase(),
                                country.origin()), mention.startToken(), mention.endToken(), "dictionary"));
                    }
                }
            }
        }
        return all;
    }

    private Actor actorOf(ActorMention base, ActorMention sectorMention) {
        String sectorWord = sectorMention == null ? null : sectorOf(sectorMention);
        DictionaryEntry person = base.first(DictionaryEntry.Kind.PERSON);
        if (person != null) {
            return personActor(person, sectorWord);
        }
        DictionaryEntry organisation = base.first(DictionaryEntry.Kind.ORGANISATION);
        if (organisation != null) {
            return new Actor(organisation.code(), organisation.country(), organisation.sector(), organisation.phrase(),
                    organisation.origin());
        }
        DictionaryEntry seat = base.first(DictionaryEntry.Kind.SEAT);
        if (seat != null) {
            String sector = seat.sector() != null ? seat.sector() : sectorWord;
            return Actor.of(seat.country(), sector, seat.phrase(), seat.origin());
        }
        DictionaryEntry capital = base.first(DictionaryEntry.Kind.CAPITAL);
        if (capital != null) {
            // a capital stands for its government, unless the phrase names who else: "workers in Tehran"
            String sector = sectorWord != null ? sectorWord : capital.sector();
            return Actor.of(capital.country(), sector, capital.phrase(), capital.origin());
        }
        DictionaryEntry country = base.first(DictionaryEntry.Kind.COUNTRY);
        if (country == null) {
            country = base.first(DictionaryEntry.Kind.DEMONYM);
        }
        return country == null ? null : Actor.of(country.country(), sectorWord, country.phrase(), country.origin());
    }

    private static String sectorOf(ActorMention mention) {
        DictionaryEntry entry = mention.first(DictionaryEntry.Kind.SECTOR);
        return entry == null ? null : entry.sector();
    }

    private EntityMention personIn(NounPhrase phrase) {
        EntityMention best = null;
        int bestDistance = NounPhrase.OUTSIDE;
        for (EntityMention entity : sentence.entities()) {
            if (!entity.type().equals("PERSON")) {
                continue;
            }
            int distance = phrase.distance(entity.startToken(), entity.endToken());
            if (distance < bestDistance) {
                best = entity;
                bestDistance = distance;
            }
        }
        return best;
    }

    /**
     * A person's actor: from the dictionary (the role held on the article's date, else the person's nationality),
     * else from an earlier mention of the same name in this article, else from a title before a listed surname
     * ("President Bush"), else from a country and a title in the same noun phrase. Never guessed.
     */
    private ResolvedActor resolvePerson(EntityMention entity, NounPhrase phrase) {
        NameContext context = contextOf(entity);
        boolean listed = false;
        for (ActorMention mention : mentions) {
            DictionaryEntry person = mention.first(DictionaryEntry.Kind.PERSON);
            if (person != null && mention.startToken() < entity.endToken() && mention.endToken() > entity.startToken()) {
                listed = true;
                Actor actor = personActor(person, context.sector());
                if (actor != null) {
                    remember(entity, actor);
                    int start = Math.min(mention.startToken(), entity.startToken());
                    int end = Math.max(mention.endToken(), entity.endToken());
                    if (person.roleOn(date) == null && context.title() != null) {
                        // the title gave the sector, so it is part of the actor's words
                        start = Math.min(start, context.title().startToken());
                        end = Math.max(end, context.title().endToken());
                    }
                    return new ResolvedActor(actor, start, end, "dictionary");
                }
            }
        }
        for (ActorMention mention : mentions) {
            if (mention.startToken() <= entity.startToken() && mention.endToken() >= entity.endToken()
                    && mention.entries().stream().anyMatch(e -> e.namesActor() && e.kind() != DictionaryEntry.Kind.PERSON)) {
                return null; // a country or organisation NER took for a person ("Gondor police"): not a person
            }
        }
        PersonSighting known = peopleByName.get(nameKey(entity.startToken(), entity.endToken()));
        if (known == null) {
            known = peopleByName.get(nameKey(entity.endToken() - 1, entity.endToken()));
        }
        boolean thisMention = known != null && known.sentence() == sentence.index()
                && known.token() == entity.startToken();
        if (known != null && !thisMention) {
            return new ResolvedActor(known.actor(), titleStart(entity.startToken()), entity.endToken(), "carry-over");
        }
        ResolvedActor surname = listed ? null : titledSurname(entity, context);
        if (surname != null) {
            return surname;
        }
        if (context.country() == null && context.sector() == null) {
            return null; // a bare unknown name: not guessed
        }
        if (context.country() == null && context.organisation()) {
            return null; // "Arab League Secretary General X": an official named by the body is coded as the body
        }
        String name = text(entity.startToken(), entity.endToken());
        if (context.country() == null) {
            // "President Mugabe", "Judge Alejandro Rivera": a title without a country holds an office of the
            // article's focal country, as a bare "the government" or "police" does
            String focal = focalCountry();
            if (focal == null) {
                return null;
            }
            Actor actor = Actor.of(focal, context.sector(), name, "focal country of the article + title");
            remember(entity, actor);
            return new ResolvedActor(actor, context.start(), context.end(), "focal-country");
        }
        DictionaryEntry country = context.country();
        Actor actor = Actor.of(country.country(), context.sector(), name, context.sector() == null
                ? "context: " + country.phrase() + " (" + country.origin() + ")"
                : "context: " + country.phrase() + " + title (" + country.origin() + ")");
        remember(entity, actor);
        return new ResolvedActor(actor, context.start(), context.end(), "context");
    }

    /**
     * What a name's noun phrase says about the person besides the name: the nearest country ("Lebanese"), the nearest
     * title ("General", "President"), whether it names an organisation ("Arab League"), and the span from name to
     * country and title.
     */
    private record NameContext(DictionaryEntry country, ActorMention title, String sector, boolean organisation,
                               int start, int end) {
    }

    private NameContext contextOf(EntityMention entity) {
        DictionaryEntry country = null;
        int countryDistance = NounPhrase.OUTSIDE;
        ActorMention title = null;
        String sector = null;
        int sectorDistance = NounPhrase.OUTSIDE;
        boolean organisation = false;
        int start = entity.startToken();
        int end = entity.endToken();
        NounPhrase context = new NounPhrase(sentence, topOfName(entity));
        for (ActorMention mention : mentions) {
            if (mention.startToken() < entity.endToken() && mention.endToken() > entity.startToken()) {
                continue;
            }
            int distance = context.distance(mention.startToken(), mention.endToken());
            if (distance == NounPhrase.OUTSIDE) {
                continue;
            }
            organisation |= mention.has(DictionaryEntry.Kind.ORGANISATION);
            DictionaryEntry named = mention.firstCountryLike();
            if (named != null && distance < countryDistance) {
                country = named;
                countryDistance = distance;
                start = Math.min(start, mention.startToken());
                end = Math.max(end, mention.endToken());
            }
            DictionaryEntry titleEntry = mention.first(DictionaryEntry.Kind.SECTOR);
            if (titleEntry != null && distance < sectorDistance) {
                title = mention;
                sector = titleEntry.sector();
                sectorDistance = distance;
                start = Math.min(start, mention.startToken());
                end = Math.max(end, mention.endToken());
            }
        }
        return new NameContext(country, title, sector, organisation, start, end);
    }

    /**
     * A listed person's actor on the article's date: the role held then; else, on a date before their first role or
     * between two, their nationality with the sector of a title in their noun phrase ("General Michel Aoun" before
     * his listed roles is LBNMIL, a bare "Michel Aoun" LBN); null after their last role has ended.
     */
    private Actor personActor(DictionaryEntry person, String titleSector) {
        DatedRole role = person.roleOn(date);
        if (role != null) {
            return new Actor(role.code(), role.country(), role.sector(), person.phrase(), role.origin());
        }
        DatedRole national = person.nationalRoleNear(date, matcher.dictionary()::isState);
        if (national == null) {
            return null;
        }
        return Actor.of(national.country(), titleSector, person.phrase(), "national of " + national.country()
                + " outside their listed roles (nearest role: " + national.origin() + ")");
    }

    /**
     * "President Bush", "Chancellor Schroeder": a title directly before a one-word name that is the surname of one
     * listed person, or of several listed people of one nationality, is that person. Not guessed when the people
     * with that surname are of different nationalities, or when the noun phrase names another country.
     */
    private ResolvedActor titledSurname(EntityMention entity, NameContext context) {
        if (entity.endToken() - entity.startToken() != 1) {
            return null;
        }
        ActorMention title = null;
        for (ActorMention mention : mentions) {
            if (mention.endToken() == entity.startToken() && mention.has(DictionaryEntry.Kind.SECTOR)) {
                title = mention;
            }
        }
        if (title == null) {
            return null;
        }
        String surname = sentence.token(entity.startToken()).word();
        // one person may have several names; people whose roles are the same are coded the same
        Map<List<DatedRole>, DictionaryEntry> people = new LinkedHashMap<>();
        for (DictionaryEntry person : matcher.dictionary().peopleWithSurname(surname)) {
            people.putIfAbsent(person.roles(), person);
        }
        String titleSector = sectorOf(title);
        Actor actor = people.size() == 1 ? personActor(people.values().iterator().next(), titleSector)
                : compatriots(people.values(), surname, titleSector);
        if (actor == null) {
            return null;
        }
        if (context.country() != null && !context.country().country().equals(actor.country())) {
            return null; // "Indian Minister Khan" is not a Pakistani Khan of the dictionary
        }
        remember(entity, actor);
        return new ResolvedActor(actor, Math.min(title.startToken(), context.start()), entity.endToken(), "dictionary");
    }

    /**
     * Several listed people share a surname: when they are all nationals of one state, the title names one of them,
     * so the actor is what they are coded as on the date if that is the same for all who are coded then, else
     * their state with the title's sector; null when their nationalities differ.
     */
    private Actor compatriots(Collection<DictionaryEntry> people, String surname, String titleSector) {
        Set<String> nationalities = new HashSet<>();
        Set<String> codes = new HashSet<>();
        Actor coded = null;
        for (DictionaryEntry person : people) {
            nationalities.add(person.nationality(matcher.dictionary()::isState));
            Actor actor = personActor(person, titleSector);
            if (actor != null) {
                codes.add(actor.code());
                coded = actor;
            }
        }
        if (nationalities.size() != 1 || nationalities.contains(null) || coded == null) {
            return null;
        }
        String nationality = nationalities.iterator().next();
        return codes.size() == 1 ? coded : Actor.of(nationality, titleSector, surname, "listed people named " + surname
                + ", all nationals of " + nationality + " + title");
    }

    /**
     * "Russia's Security Council", "the Armenian Security Council": an international body's name qualified by a
     * country's possessive or adjective names that country's own body of the same name (its government), or null.
     */
    private ResolvedActor nationalNamesake(ActorMention base, int head) {
        DictionaryEntry body = base.first(DictionaryEntry.Kind.ORGANISATION);
        if (body == null || !"IGO".equals(body.sector()) || !base.contains(head)) {
            return null;
        }
        for (ActorMention mention : mentions) {
            DictionaryEntry country = mention.first(DictionaryEntry.Kind.COUNTRY);
            if (country == null) {
                country = mention.first(DictionaryEntry.Kind.DEMONYM);
            }
            if (country == null || mention == base) {
                continue;
            }
            for (int token = mention.startToken(); token < mention.endToken(); token++) {
                String rel = sentence.relation(token);
                if (base.contains(sentence.head(token)) && (rel.equals("nmod:poss") || rel.equals("amod"))) {
                    return new ResolvedActor(Actor.of(country.country(), "GOV", text(mention.startToken(),
                            base.endToken()), country.origin() + ", " + country.phrase() + "'s own " + body.phrase()),
                            mention.startToken(), base.endToken(), "dictionary");
                }
            }
        }
        return null;
    }

    /** Whether the head is a noun for people who are no political actor (sport and entertainment). */
    private boolean isNonActor(int head) {
        for (ActorMention mention : mentions) {
            if (mention.contains(head) && mention.has(DictionaryEntry.Kind.NON_ACTOR)) {
                return true;
            }
        }
        return false;
    }

    /** Nouns for people who speak or act for a group: their sector is the group's. */
    private static final Set<String> MEMBER_NOUNS = Set.of("leader", "official", "member", "head", "chief",
            "spokesman", "spokeswoman", "spokesperson", "representative", "delegate", "supporter");

    /**
     * "leaders of the opposition coalition", "officials of the rebel movement", "members of the army": whoever
     * leads, speaks for or belongs to a group has the group's sector, not the generic one of "leader" or "official".
     * The group's sector word, or null.
     */
    private ActorMention groupOfMembers(int head, ActorMention headSector) {
        if (!headSector.contains(head)
                || !MEMBER_NOUNS.contains(sentence.token(head).lemma().toLowerCase(Locale.ROOT))) {
            return null;
        }
        ActorMention best = null;
        int bestDistance = NounPhrase.OUTSIDE;
        for (int child : sentence.dependents(head, "nmod")) {
            if (!"of".equals(sentence.caseMarker(child))) {
                continue;
            }
            NounPhrase group = new NounPhrase(sentence, child);
            for (ActorMention mention : mentions) {
                int distance = group.distance(mention.startToken(), mention.endToken());
                boolean sectorOnly = mention.has(DictionaryEntry.Kind.SECTOR)
                        && mention.entries().stream().noneMatch(DictionaryEntry::namesActor);
                if (sectorOnly && distance < bestDistance) {
                    best = mention;
                    bestDistance = distance;
                }
            }
        }
        return best;
    }

    /** The head words of the titles in a person's noun phrase: "US Ambassador Alice Wells" → {ambassador}. */
    private Set<String> titlesOf(EntityMention entity) {
        java.util.Set<String> titles = new java.util.HashSet<>();
        int top = topOfName(entity);
        String rel = sentence.relation(top);
        if ((rel.equals("dep") || rel.equals("appos")) && sentence.head(top) >= 0) {
            top = sentence.head(top); // "foreign minister Shah Mahmood Qureshi" parsed with the name under the title
        }
        NounPhrase context = new NounPhrase(sentence, top);
        for (ActorMention mention : mentions) {
            boolean outsideName = mention.endToken() <= entity.startToken() || mention.startToken() >= entity.endToken();
            if (outsideName && mention.has(DictionaryEntry.Kind.SECTOR)
                    && context.distance(mention.startToken(), mention.endToken()) <= 2) {
                titles.add(sentence.token(mention.endToken() - 1).lemma().toLowerCase(Locale.ROOT));
            }
        }
        return Set.copyOf(titles);
    }

    /**
     * "the ambassador said", "the foreign minister added": a definite, singular title with no name or country is the
     * person this article last named with that title ("US Ambassador Alice Wells ... the ambassador"), else null.
     */
    private ResolvedActor lastPersonTitled(int head, ActorMention title) {
        Token headToken = sentence.token(head);
        if (!headToken.pos().equals("NN") && !headToken.pos().equals("NNP")) {
            return null;
        }
        boolean definite = false;
        for (int child : sentence.dependents(head, "det")) {
            definite |= sentence.token(child).lowerWord().equals("the");
        }
        if (!definite) {
            return null;
        }
        String word = headToken.lemma().toLowerCase(Locale.ROOT);
        for (int i = sightings.size() - 1; i >= 0; i--) {
            PersonSighting seen = sightings.get(i);
            boolean before = seen.sentence() < sentence.index()
                    || (seen.sentence() == sentence.index() && seen.token() < head);
            if (before && seen.titles().contains(word)) {
                return new ResolvedActor(seen.actor(), title.startToken(), title.endToken(), "carry-over");
            }
        }
        return null;
    }

    /**
     * "The government", "police", "militants" with no country of their own belong to the article's focal country:
     * the one it names most often so far (the first named on a tie). None when the article names no country.
     */
    private ResolvedActor focalActor(ActorMention sectorMention) {
        String focal = focalCountry();
        if (focal == null) {
            return null;
        }
        Actor actor = Actor.of(focal, sectorOf(sectorMention), text(sectorMention.startToken(), sectorMention.endToken()),
                "focal country of the article + " + sectorMention.first(DictionaryEntry.Kind.SECTOR).origin());
        return new ResolvedActor(actor, sectorMention.startToken(), sectorMention.endToken(), "focal-country");
    }

    /** The country the article names most often so far (the first named on a tie), or null. */
    private String focalCountry() {
        String focal = null;
        int best = 0;
        for (String country : countryOrder) {
            int count = countryMentions.get(country);
            if (count > best) {
                focal = country;
                best = count;
            }
        }
        return focal;
    }

    /** "both sides", "the two countries": the last two countries the article named before this phrase. */
    private List<ResolvedActor> lastDyad(int head) {
        Token token = sentence.token(head);
        if (!PAIR_NOUNS.contains(token.lemma().toLowerCase(Locale.ROOT))) {
            return List.of();
        }
        boolean paired = false;
        for (int child : sentence.children(head)) {
            String word = sentence.token(child).lowerWord();
            if (word.equals("both") || word.equals("two")) {
                paired = true;
            }
        }
        if (!paired) {
            return List.of();
        }
        // Earlier sentences first: in "Malaysia's premier urged both sides", Malaysia is not a side.
        List<Actor> found = lastTwoCountries(head, false);
        if (found.size() < 2) {
            found = lastTwoCountries(head, true);
        }
        if (found.size() < 2) {
            return List.of();
        }
        int start = head;
        for (int child : sentence.children(head)) {
            start = Math.min(start, child);
        }
        List<ResolvedActor> pair = new ArrayList<>(2);
        for (int i = found.size() - 1; i >= 0; i--) {
            Actor country = found.get(i);
            pair.add(new ResolvedActor(Actor.of(country.country(), sectorOfPair(token), country.name(),
                    "the last two countries named: " + country.origin()), start, head + 1, "dyad"));
        }
        return pair;
    }

    private List<Actor> lastTwoCountries(int head, boolean includeThisSentence) {
        List<Actor> found = new ArrayList<>(2);
        for (int i = countrySightings.size() - 1; i >= 0 && found.size() < 2; i--) {
            PersonSighting seen = countrySightings.get(i);
            boolean before = seen.sentence() < sentence.index()
                    || (includeThisSentence && seen.sentence() == sentence.index() && seen.token() < head);
            if (before && found.stream().noneMatch(a -> a.country().equals(seen.actor().country()))) {
                found.add(seen.actor());
            }
        }
        return found;
    }

    private static String sectorOfPair(Token head) {
        String lemma = head.lemma().toLowerCase(Locale.ROOT);
        return lemma.equals("government") || lemma.equals("leader") || lemma.equals("capital") ? "GOV" : null;
    }

    /** Extends a name leftwards over the titles directly before it ("Ambassador Wells"). */
    private int titleStart(int start) {
        boolean extended = true;
        while (extended) {
            extended = false;
            for (ActorMention mention : mentions) {
                if (mention.endToken() == start && mention.has(DictionaryEntry.Kind.SECTOR)) {
                    start = mention.startToken();
                    extended = true;
                }
            }
        }
        return start;
    }

    /** Climbs from a name to the noun phrase it modifies ("Ambassador Wells" inside a longer title chain). */
    private int topOfName(EntityMention entity) {
        int top = headOf(entity);
        while (sentence.head(top) >= 0) {
            String rel = sentence.relation(top);
            if (!(rel.startsWith("compound") || rel.startsWith("flat") || rel.equals("appos"))) {
                break;
            }
            top = sentence.head(top);
        }
        return top;
    }

    private int headOf(EntityMention entity) {
        for (int i = entity.startToken(); i < entity.endToken(); i++) {
            int h = sentence.head(i);
            if (h < entity.startToken() || h >= entity.endToken()) {
                return i;
            }
        }
        return entity.endToken() - 1;
    }

    private void remember(EntityMention entity, Actor actor) {
        PersonSighting learned = new PersonSighting(sentence.index(), entity.startToken(), actor);
        peopleByName.putIfAbsent(nameKey(entity.startToken(), entity.endToken()), learned);
        if (entity.endToken() - entity.startToken() > 1) {
            peopleByName.putIfAbsent(nameKey(entity.endToken() - 1, entity.endToken()), learned);
        }
    }

    private String nameKey(int start, int end) {
        StringBuilder key = new StringBuilder();
        for (int i = start; i < end; i++) {
            if (key.length() > 0) {
                key.append(' ');
            }
            key.append(sentence.token(i).word().toLowerCase(Locale.ROOT));
        }
        return key.toString();
    }

    private String text(int start, int end) {
        return sentence.words(start, end);
    }

    /**
     * "Iraq said it would allow...", "the rebels said they will release...": the subject of a clause above the
     * pronoun; failing that, "it" and "its" are the last country named in this or the previous sentence.
     */
    /**
     * "Iran's Supreme Leader rejected Trump's offer and he also accused the government", "the minister said she
     * would...": a personal pronoun that is a subject refers to the person who is the subject of a clause above it
     * in the same sentence, not to the last name read (here "Trump", a possessor). Null when no such person.
     */
    private ResolvedActor personSubjectAbove(int pronoun) {
        if (!sentence.relation(pronoun).startsWith("nsubj")) {
            return null;
        }
        return subjectAbove(pronoun, 7, true, this::isPersonNoun);
    }

    private static final Set<String> CLAUSE_LINKS = Set.of("conj", "ccomp", "advcl", "parataxis");

    /**
     * The actor of the first subject, before {@code token}, of a clause above it that {@code accepted} takes, as a
     * pronoun's antecedent in the same sentence (the record points at the name); null when none. With
     * {@code clausesOnly} the walk goes up only through coordinated, complement and adverbial clauses.
     */
    private ResolvedActor subjectAbove(int token, int maxDepth, boolean clausesOnly,
                                       java.util.function.IntPredicate accepted) {
        int node = sentence.head(token);
        for (int depth = 0; depth < maxDepth && node >= 0; depth++) {
            for (int subject : sentence.dependents(node, "nsubj")) {
                if (subject < token && accepted.test(subject)) {
                    ResolvedActor antecedent = resolve(subject);
                    if (antecedent != null) {
                        return new ResolvedActor(antecedent.actor(), antecedent.startToken(), antecedent.endToken(),
                                "pronoun");
                    }
                }
            }
            if (clausesOnly && !CLAUSE_LINKS.contains(sentence.relation(node))) {
                return null;
            }
            node = sentence.head(node);
        }
        return null;
    }

    /** A name NER tags as a person, or a singular title ("the Supreme Leader", "the minister"). */
    private boolean isPersonNoun(int token) {
        EntityMention entity = sentence.entityAt(token);
        if (entity != null) {
            return entity.type().equals("PERSON");
        }
        if (!sentence.token(token).pos().equals("NN") && !sentence.token(token).pos().equals("NNP")) {
            return false;
        }
        for (ActorMention mention : mentions) {
            if (mention.contains(token)) {
                return mention.has(DictionaryEntry.Kind.SECTOR) && !mention.entries().stream()
                        .anyMatch(DictionaryEntry::namesActor);
            }
        }
        return false;
    }

    private ResolvedActor resolveCollectivePronoun(int token) {
        ResolvedActor subject = subjectAbove(token, 8, false, s -> !sentence.token(s).isPronoun());
        if (subject != null) {
            return subject;
        }
        if (!SINGULAR_COLLECTIVE.contains(sentence.token(token).lowerWord())) {
            return null;
        }
        PersonSighting nearest = null;
        for (PersonSighting sighting : countrySightings) {
            boolean before = sighting.sentence() < sentence.index()
                    || (sighting.sentence() == sentence.index() && sighting.token() < token);
            if (before && sentence.index() - sighting.sentence() <= 1) {
                nearest = sighting;
            }
        }
        return nearest == null ? null : new ResolvedActor(nearest.actor(), token, token + 1, "pronoun");
    }

    private ResolvedActor resolvePronoun(int token) {
        ResolvedActor subject = personSubjectAbove(token);
        if (subject != null) {
            return subject;
        }
        PersonSighting nearest = null;
        for (PersonSighting sighting : sightings) {
            boolean before = sighting.sentence() < sentence.index()
                    || (sighting.sentence() == sentence.index() && sighting.token() < token);
            if (before && sentence.index() - sighting.sentence() <= PRONOUN_REACH_SENTENCES) {
                nearest = sighting;
            }
        }
        return nearest == null ? null : new ResolvedActor(nearest.actor(), token, token + 1, "pronoun");
    }
}
