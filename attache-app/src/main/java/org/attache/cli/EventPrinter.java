package org.attache.cli;

import org.attache.events.CodedEvent;
import org.attache.ingest.Article;

/** Writes coded events in one output format. */
interface EventPrinter {
    void print(Article article, CodedEvent event);

    default void finish() {
    }
}
