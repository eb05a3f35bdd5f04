package org.attache.nlp;

import java.util.ArrayList;
import java.util.List;

/**
 * Builds {@link ParsedSentence}s from CoNLL-U text, so the coder can run on hand-built parses in tests and on gold
 * sets that ship their own parses. Columns: ID FORM LEMMA UPOS XPOS FEATS HEAD DEPREL DEPS MISC; the sentence text
 * is rebuilt from the forms (one space between tokens unless MISC says SpaceAfter=No), and MISC may carry
 * {@code NER=TYPE} (a token's entity type; consecutive tokens of one type form one mention) and
 * {@code TIMEX=2018-01-01} (a token of a time expression with that value).
 */
public final class ConlluReader {

    private ConlluReader() {
    }

    /** Parses one or more sentences separated by blank lines into a document whose text joins them with "\n". */
    public static ParsedDocument read(String conllu) {
        StringBuilder text = new StringBuilder();
        List<ParsedSentence> sentences = new ArrayList<>();
        List<String[]> rows = new ArrayList<>();
        for (String line : (conllu + "\n").split("\n", -1)) {
            String trimmed = line.strip();
            if (trimmed.isEmpty()) {
                if (!rows.isEmpty()) {
                    if (text.length() > 0) {
                        text.append('\n');
                    }
                    sentences.add(build(sentences.size(), rows, text));
                    rows.clear();
                }
            } else if (!trimmed.startsWith("#")) {
                String[] cols = trimmed.split("\t");
                if (cols.length < 8) {
                    cols = trimmed.split("\\s+");
                }
                if (cols.length < 8) {
                    throw new IllegalArgumentException("CoNLL-U line needs at least 8 columns: " + line);
                }
                if (cols[0].contains("-") || cols[0].contains(".")) {
                    continue; // multi-word token ranges and empty nodes carry no basic dependency
                }
                rows.add(cols);
            }
        }
        return new ParsedDocument(text.toString(), sentences);
    }

    private static ParsedSentence build(int index, List<String[]> rows, StringBuilder text) {
        int sentenceStart = text.length();
        List<Token> tokens = new ArrayList<>(rows.size());
        int[] heads = new int[rows.size()];
        String[] relations = new String[rows.size()];
        List<EntityMention> entities = new ArrayList<>();
        List<TimeExpression> times = new ArrayList<>();
        String openEntity = null;
        int entityStart = -1;
        String openTime = null;
        int timeStart = -1;
        for (int i = 0; i < rows.size(); i++) {
            String[] cols = rows.get(i);
            String misc = cols.length > 9 ? cols[9] : "_";
            int start = text.length();
            text.append(cols[1]);
            String ner = miscValue(misc, "NER");
            tokens.add(new Token(i, cols[1], cols[2].equals("_") ? cols[1] : cols[2],
                    cols[4].equals("_") ? cols[3] : cols[4], start, text.length(), ner == null ? "O" : ner));
            if (!"No".equals(miscValue(misc, "SpaceAfter")) && i < rows.size() - 1) {
                text.append(' ');
            }
            heads[i] = Integer.parseInt(cols[6]) - 1;
            relations[i] = heads[i] < 0 ? "root" : cols[7];
            if (!java.util.Objects.equals(ner, openEntity)) {
                if (openEntity != null) {
                    entities.add(new EntityMention(entityStart, i, openEntity));
                }
                openEntity = ner;
                entityStart = i;
            }
            String timex = miscValue(misc, "TIMEX");
            if (!java.util.Objects.equals(timex, openTime)) {
                if (openTime != null) {
                    times.add(timeExpression(timeStart, i, openTime));
                }
                openTime = timex;
                timeStart = i;
            }
        }
        if (openEntity != null) {
            entities.add(new EntityMention(entityStart, rows.size(), openEntity));
        }
        if (openTime != null) {
            times.add(timeExpression(timeStart, rows.size(), openTime));
        }
        return new ParsedSentence(index, sentenceStart, text.length(), tokens, heads, relations, entities, times);
    }

    private static TimeExpression timeExpression(int start, int end, String value) {
        java.time.LocalDate date = null;
        try {
            date = java.time.LocalDate.parse(value);
        } catch (java.time.format.DateTimeParseException ignored) {
            // partial or relative values ("2020-03", "PAST_REF") name no single day
        }
        return new TimeExpression(start, end, value, date);
    }

    private static String miscValue(String misc, String key) {
        if (misc == null || misc.equals("_")) {
            return null;
        }
        for (String part : misc.split("\\|")) {
            if (part.startsWith(key + "=")) {
                return part.substring(key.length() + 1);
            }
        }
        return null;
    }
}
