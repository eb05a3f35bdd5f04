package org.attache.cli;

import org.attache.events.CodedEvent;
import org.attache.events.EventActor;
import org.attache.ingest.Article;

import java.io.PrintWriter;
import java.util.List;

/** Tab-separated values with a header line, for spreadsheets and R/pandas. Tabs and newlines in text become spaces. */
final class TsvPrinter implements EventPrinter {
    static final List<String> COLUMNS = List.of("id", "article_id", "date", "source_code", "source_country",
            "source_sector", "target_code", "target_country", "target_sector", "cameo", "root", "quad", "goldstein",
            "plover", "modality", "confidence", "trigger", "trigger_start", "trigger_end", "source_text",
            "source_start", "source_end", "target_text", "target_start", "target_end", "sentence_index",
            "sentence_start", "sentence_end", "location_name", "location_country", "location_lat", "location_lon",
            "section", "sentence");
    private final PrintWriter out;
    private boolean headerWritten;

    TsvPrinter(PrintWriter out) {
        this.out = out;
    }

    @Override
    public void print(Article article, CodedEvent e) {
        if (!headerWritten) {
            out.println(String.join("\t", COLUMNS));
            headerWritten = true;
        }
        EventActor s = e.source();
        EventActor t = e.target();
        List<Object> values = List.of(e.id(), article.id(), str(e.date()), s.code(), s.country(), str(s.sector()),
                t == null ? "" : t.code(), t == null ? "" : t.country(), t == null ? "" : str(t.sector()),
                e.cameo().code(), e.cameo().root(), e.cameo().quadClass(), e.cameo().goldstein(),
                str(e.cameo().plover()), e.modality().label(), e.confidence(), e.trigger().text(),
                e.trigger().start(), e.trigger().end(), s.text(), s.start(), s.end(), t == null ? "" : t.text(),
                t == null ? "" : t.start(), t == null ? "" : t.end(), e.sentenceIndex(), e.sentence().start(),
                e.sentence().end(), e.location() == null ? "" : e.location().place().name(),
                e.location() == null ? "" : e.location().place().country(),
                e.location() == null ? "" : e.location().place().lat(),
                e.location() == null ? "" : e.location().place().lon(), article.sectionAt(e.sentence().start()),
                e.sentence().text());
        StringBuilder line = new StringBuilder();
        for (Object value : values) {
            if (line.length() > 0) {
                line.append('\t');
            }
            line.append(String.valueOf(value).replaceAll("[\\t\\r\\n]+", " "));
        }
        out.println(line);
    }

    private static String str(Object o) {
        return o == null ? "" : o.toString();
    }
}
