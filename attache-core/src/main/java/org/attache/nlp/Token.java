package org.attache.nlp;

/**
 * One token of a parsed sentence. {@code start}/{@code end} are character offsets into the article text,
 * so {@code text.substring(start, end)} returns exactly what the token covers.
 */
public record Token(int index, String word, String lemma, String pos, int start, int end, String ner) {

    public boolean isVerb() {
        return pos.startsWith("VB");
    }

    public boolean isNoun() {
        return pos.startsWith("NN");
    }

    public boolean isProperNoun() {
        return pos.startsWith("NNP");
    }

    public boolean isPronoun() {
        return pos.equals("PRP") || pos.equals("PRP$");
    }

    public String lowerWord() {
        return word.toLowerCase(java.util.Locale.ROOT);
    }
}
