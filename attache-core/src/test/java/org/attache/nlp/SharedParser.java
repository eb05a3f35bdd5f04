package org.attache.nlp;

/** One CoreNLP parser per test JVM: loading the models takes seconds. */
public final class SharedParser {
    private static CoreNlpParser parser;

    private SharedParser() {
    }

    public static synchronized CoreNlpParser get() {
        if (parser == null) {
            parser = new CoreNlpParser();
        }
        return parser;
    }
}
