package org.attache.actors;

import org.attache.nlp.ConlluReader;
import org.attache.nlp.ParsedSentence;

/** Flat hand-made parses (every word a proper noun attached to the root) for dictionary matching tests. */
final class Sentences {
    private Sentences() {
    }

    static ParsedSentence of(String... words) {
        StringBuilder conllu = new StringBuilder();
        for (int i = 0; i < words.length; i++) {
            conllu.append(i + 1).append('\t').append(words[i]).append('\t').append(words[i])
                    .append("\t_\tNNP\t_\t0\tdep\t_\t_\n");
        }
        return ConlluReader.read(conllu.toString()).sentences().get(0);
    }
}
