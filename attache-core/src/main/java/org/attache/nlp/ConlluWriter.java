package org.attache.nlp;

/** Writes parsed sentences as CoNLL-U (the format {@link ConlluReader} reads), for inspection and test fixtures. */
public final class ConlluWriter {
    private ConlluWriter() {
    }

    public static String write(ParsedDocument document) {
        StringBuilder out = new StringBuilder();
        for (ParsedSentence s : document.sentences()) {
            out.append("# sent_id = ").append(s.index()).append('\n');
            out.append("# text = ").append(document.text(), s.start(), s.end()).append('\n');
            for (Token t : s.tokens()) {
                StringBuilder misc = new StringBuilder();
                if (!t.ner().equals("O")) {
                    misc.append("NER=").append(t.ner());
                }
                TimeExpression time = s.timeAt(t.index());
                if (time != null && time.value() != null) {
                    misc.append(misc.length() > 0 ? "|" : "").append("TIMEX=").append(time.value());
                }
                if (t.index() + 1 < s.size() && s.token(t.index() + 1).start() == t.end()) {
                    misc.append(misc.length() > 0 ? "|" : "").append("SpaceAfter=No");
                }
                out.append(t.index() + 1).append('\t').append(t.word()).append('\t').append(t.lemma()).append('\t')
                        .append('_').append('\t').append(t.pos()).append('\t').append('_').append('\t')
                        .append(s.head(t.index()) + 1).append('\t').append(s.relation(t.index())).append('\t')
                        .append('_').append('\t').append(misc.length() == 0 ? "_" : misc).append('\n');
            }
            out.append('\n');
        }
        return out.toString();
    }
}
