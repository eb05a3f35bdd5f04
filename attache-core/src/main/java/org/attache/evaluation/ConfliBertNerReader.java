package org.attache.evaluation;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;

/**
 * The ConfliBERT CAMEO actor set ({@code conflibert-cameo-ner-train.txt}): CoNLL, one {@code token TAG} a line, a
 * blank line between sentences; BIO tags over the roles {@code S} (source), {@code T} (target) and {@code R}
 * (reciprocal). An {@code I-} tag that does not continue a span of the same role opens a new span. Ids are
 * {@code ner-<sentence number>}.
 */
public final class ConfliBertNerReader implements GoldReader {

    @Override
    public List<GoldSentence> read(Reader in, String name) throws IOException {
        BufferedReader reader = new BufferedReader(in);
        List<GoldSentence> sentences = new ArrayList<>();
        List<String> tokens = new ArrayList<>();
        List<GoldSpan> spans = new ArrayList<>();
        char role = 0; // role of the open span, 0 when none
        int spanStart = -1;
        String line;
        int number = 0;
        while (true) {
            line = reader.readLine();
            number++;
            if (line != null && number == 1 && line.startsWith("\uFEFF")) {
                line = line.substring(1);
            }
            if (line == null || line.isBlank() || line.startsWith("-DOCSTART-")) {
                if (role != 0) {
                    spans.add(new GoldSpan(role, spanStart, tokens.size()));
                    role = 0;
                }
                if (!tokens.isEmpty()) {
                    sentences.add(GoldSentence.tagged("ner-" + (sentences.size() + 1), tokens, spans));
                    tokens = new ArrayList<>();
                    spans = new ArrayList<>();
                }
                if (line == null) {
                    break;
                }
                continue;
            }
            String stripped = line.strip();
            int space = Math.max(stripped.lastIndexOf(' '), stripped.lastIndexOf('\t'));
            if (space <= 0) {
                throw new GoldFormatException(name + ":" + number + ": expected 'token TAG'");
            }
            String token = stripped.substring(0, space).strip();
            String tag = stripped.substring(space + 1);
            char tagRole;
            boolean begins;
            if (tag.equals("O")) {
                tagRole = 0;
                begins = false;
            } else if (tag.length() == 3 && (tag.startsWith("B-") || tag.startsWith("I-"))
                    && "STR".indexOf(tag.charAt(2)) >= 0) {
                tagRole = tag.charAt(2);
                begins = tag.charAt(0) == 'B';
            } else {
                throw new GoldFormatException(name + ":" + number + ": unknown tag '" + tag + "' (expected O, B-/I- S, T or R)");
            }
            if (role != 0 && (tagRole == 0 || begins || tagRole != role)) {
                spans.add(new GoldSpan(role, spanStart, tokens.size()));
                role = 0;
            }
            if (tagRole != 0 && role == 0) {
                role = tagRole;
                spanStart = tokens.size();
            }
            tokens.add(token);
        }
        return sentences;
    }
}
