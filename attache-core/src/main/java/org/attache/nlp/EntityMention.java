package org.attache.nlp;

/** A named-entity span over tokens [startToken, endToken) with its coarse NER type (PERSON, ORGANIZATION...). */
public record EntityMention(int startToken, int endToken, String type) {

    public boolean contains(int tokenIndex) {
        return tokenIndex >= startToken && tokenIndex < endToken;
    }
}
