package org.attache.evaluation;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;

/**
 * The ConfliBERT CAMEO classification set ({@code conflibert-cameo-class-train.tsv}): one {@code sentence<TAB>label}
 * a line, CRLF line ends, label 0-4 the penta class of the sentence's main event (see {@link PentaClass}). Blank
 * lines are skipped; ids are {@code class-<line number>}.
 */
public final class ConfliBertClassReader implements GoldReader {

    @Override
    public List<GoldSentence> read(Reader in, String name) throws IOException {
        BufferedReader reader = new BufferedReader(in);
        List<GoldSentence> sentences = new ArrayList<>();
        String line;
        int number = 0;
        while ((line = reader.readLine()) != null) { // readLine drops "\r\n" as well as "\n"
            number++;
            if (number == 1 && line.startsWith("\uFEFF")) {
                line = line.substring(1);
            }
            if (line.endsWith("\r")) {
                line = line.substring(0, line.length() - 1);
            }
            if (line.isBlank()) {
                continue;
            }
            int tab = line.lastIndexOf('\t');
            if (tab < 0) {
                throw new GoldFormatException(name + ":" + number + ": expected sentence<TAB>label");
            }
            String text = line.substring(0, tab).strip();
            String label = line.substring(tab + 1).strip();
            if (text.isEmpty()) {
                throw new GoldFormatException(name + ":" + number + ": empty sentence");
            }
            if (label.length() != 1 || label.charAt(0) < '0' || label.charAt(0) > '4') {
                throw new GoldFormatException(name + ":" + number + ": label '" + label + "' is not 0-4");
            }
            sentences.add(GoldSentence.pentaClass("class-" + number, text, label.charAt(0) - '0'));
        }
        return sentences;
    }
}
