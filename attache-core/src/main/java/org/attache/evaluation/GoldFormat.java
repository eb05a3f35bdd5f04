package org.attache.evaluation;

import java.nio.file.Path;
import java.util.Locale;

/** The gold sets {@code attache eval} reads, by the name the command line gives them. */
public enum GoldFormat {
    PLOVER("plover"), CONFLIBERT_CLASS("conflibert-class"), CONFLIBERT_NER("conflibert-ner"), PETRARCH("petrarch");

    private final String cliName;

    GoldFormat(String cliName) {
        this.cliName = cliName;
    }

    public String cliName() {
        return cliName;
    }

    public GoldReader reader() {
        return switch (this) {
            case PLOVER -> new PloverGoldReader();
            case CONFLIBERT_CLASS -> new ConfliBertClassReader();
            case CONFLIBERT_NER -> new ConfliBertNerReader();
            case PETRARCH -> new PetrarchRecordsReader();
        };
    }

    /**
     * Scores coded sentences of this format. PETRARCH records are scored by {@link PetrarchScorer}, which needs the
     * records themselves ({@link PetrarchRecordsReader#readRecords}), not only the sentences.
     */
    public EvaluationReport score(java.util.List<CodedSentence> sentences, String goldName, ScoringOptions options) {
        return switch (this) {
            case PLOVER -> new PloverScorer(options, CountryCodes.bundled()).score(sentences, goldName);
            case CONFLIBERT_CLASS -> new PentaClassScorer(options).score(sentences, goldName);
            case CONFLIBERT_NER -> new ActorSpanScorer(options).score(sentences, goldName);
            case PETRARCH -> throw new UnsupportedOperationException(
                    "PETRARCH records are scored by PetrarchScorer, with the records PetrarchRecordsReader read");
        };
    }

    public static GoldFormat byName(String name) {
        for (GoldFormat format : values()) {
            if (format.cliName.equalsIgnoreCase(name.strip())) {
                return format;
            }
        }
        throw new IllegalArgumentException("unknown gold format '" + name + "' (plover, conflibert-class, conflibert-ner, petrarch)");
    }

    /** The format a file's name suggests (.json PLOVER, .tsv classes, .txt/.conll tags), or null. */
    public static GoldFormat guess(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".json")) {
            return PLOVER;
        }
        if (name.endsWith(".tsv")) {
            return CONFLIBERT_CLASS;
        }
        if (name.endsWith(".txt") || name.endsWith(".conll")) {
            return CONFLIBERT_NER;
        }
        return null;
    }
}
