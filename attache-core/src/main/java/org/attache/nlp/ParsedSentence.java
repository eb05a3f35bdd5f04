package org.attache.nlp;

import java.util.ArrayList;
import java.util.List;

/**
 * The project's own model of one parsed sentence: tokens with lemmas and POS tags, a basic Universal Dependencies
 * tree ({@code heads[i]} is the index of token i's governor or -1 for the root), entity spans and time expressions.
 * Everything downstream of the NLP stage works on this model only, so the coder can be tested on hand-built parses.
 */
public final class ParsedSentence {
    private final int index;
    private final int start;
    private final int end;
    private final List<Token> tokens;
    private final int[] heads;
    private final String[] relations;
    private final List<EntityMention> entities;
    private final List<TimeExpression> times;
    private final List<List<Integer>> children;

    public ParsedSentence(int index, int start, int end, List<Token> tokens, int[] heads, String[] relations,
                          List<EntityMention> entities, List<TimeExpression> times) {
        if (heads.length != tokens.size() || relations.length != tokens.size()) {
            throw new IllegalArgumentException("heads and relations must have one entry per token");
        }
        this.index = index;
        this.start = start;
        this.end = end;
        this.tokens = List.copyOf(tokens);
        this.heads = heads.clone();
        this.relations = relations.clone();
        this.entities = List.copyOf(entities);
        this.times = List.copyOf(times);
        this.children = new ArrayList<>(tokens.size());
        for (int i = 0; i < tokens.size(); i++) {
            children.add(new ArrayList<>(2));
        }
        for (int i = 0; i < heads.length; i++) {
            if (heads[i] >= 0) {
                children.get(heads[i]).add(i);
            }
        }
    }

    public int index() {
        return index;
    }

    /** Character offset of the sentence's first character in the article text. */
    public int start() {
        return start;
    }

    /** Character offset just past the sentence's last character in the article text. */
    public int end() {
        return end;
    }

    public List<Token> tokens() {
        return tokens;
    }

    public Token token(int i) {
        return tokens.get(i);
    }

    public int size() {
        return tokens.size();
    }

    public int head(int i) {
        return heads[i];
    }

    /** The dependency relation of token i to its head, e.g. "nsubj", "obl", "nmod:poss". */
    public String relation(int i) {
        return relations[i];
    }

    /** The words of tokens {@code start} (inclusive) to {@code end} (exclusive), joined by single spaces. */
    public String words(int start, int end) {
        StringBuilder text = new StringBuilder();
        for (int i = start; i < end; i++) {
            if (text.length() > 0) {
                text.append(' ');
            }
            text.append(tokens.get(i).word());
        }
        return text.toString();
    }

    public List<Integer> children(int i) {
        return children.get(i);
    }

    /** Dependents of {@code i} whose relation equals {@code relation} or is a subtype of it ("obl" matches "obl:tmod"). */
    public List<Integer> dependents(int i, String relation) {
        List<Integer> found = new ArrayList<>(1);
        for (int child : children.get(i)) {
            if (isRelation(child, relation)) {
                found.add(child);
            }
        }
        return found;
    }

    public int firstDependent(int i, String relation) {
        for (int child : children.get(i)) {
            if (isRelation(child, relation)) {
                return child;
            }
        }
        return -1;
    }

    public boolean isRelation(int i, String relation) {
        String rel = relations[i];
        return rel.equals(relation) || (rel.startsWith(relation) && rel.length() > relation.length()
                && rel.charAt(relation.length()) == ':');
    }

    /** The lemma of the case marker ("with", "by", "of") attached to a nominal, or null. */
    public String caseMarker(int nominal) {
        for (int child : children.get(nominal)) {
            if (relations[child].equals("case")) {
                return tokens.get(child).lemma().toLowerCase(java.util.Locale.ROOT);
            }
        }
        return null;
    }

    public List<EntityMention> entities() {
        return entities;
    }

    public EntityMention entityAt(int tokenIndex) {
        for (EntityMention e : entities) {
            if (e.contains(tokenIndex)) {
                return e;
            }
        }
        return null;
    }

    public List<TimeExpression> times() {
        return times;
    }

    public TimeExpression timeAt(int tokenIndex) {
        for (TimeExpression t : times) {
            if (t.contains(tokenIndex)) {
                return t;
            }
        }
        return null;
    }

    /**
     * Whether the sentence has its dependency tree (a root); a sentence a {@link SentenceSelector} left out has
     * tokens, tags and lemmas only.
     */
    public boolean isFullyParsed() {
        for (int i = 0; i < heads.length; i++) {
            if (heads[i] < 0 && relations[i].equals("root")) {
                return true;
            }
        }
        return false;
    }

    public boolean endsWithQuestionMark() {
        return !tokens.isEmpty() && tokens.get(tokens.size() - 1).word().equals("?");
    }
}
