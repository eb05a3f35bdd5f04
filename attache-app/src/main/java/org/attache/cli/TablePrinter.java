package org.attache.cli;

import org.attache.events.CodedEvent;
import org.attache.ingest.Article;

import java.io.PrintWriter;

/** A readable line per event for the terminal, with a heading per article. */
final class TablePrinter implements EventPrinter {
    private static final int SENTENCE_WIDTH = 90;
    private final PrintWriter out;
    private String lastArticle;

    TablePrinter(PrintWriter out) {
        this.out = out;
    }

    @Override
    public void print(Article article, CodedEvent e) {
        if (!article.id().equals(lastArticle)) {
            out.printf("%n== %s%s%s%n", article.id(), article.title() == null ? "" : " — " + article.title(),
                    article.published() == null ? "" : " (" + article.published() + ")");
            lastArticle = article.id();
        }
        String target = e.target() == null ? "-" : e.target().code();
        out.printf("%-10s %-9s -> %-9s %-5s %-38s %5.1f  %-12s %.2f  \"%s\"%n",
                e.date() == null ? "?" : e.date(), e.source().code(), target, e.cameo().code(),
                abbreviate(e.cameo().name(), 38), e.cameo().goldstein(), e.modality().label(), e.confidence(),
                e.trigger().text());
        String section = article.sectionAt(e.sentence().start());
        String marker = section.equals("body") ? "" : "[" + section + "] ";
        out.printf("           %s%s%n", marker,
                abbreviate(e.sentence().text().replaceAll("\\s+", " "), SENTENCE_WIDTH - marker.length()));
    }

    private static String abbreviate(String text, int width) {
        return text.length() <= width ? text : text.substring(0, width - 1) + "…";
    }
}
