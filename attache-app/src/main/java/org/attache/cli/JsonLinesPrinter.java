package org.attache.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.attache.events.CodedEvent;
import org.attache.ingest.Article;
import org.attache.pipeline.EventRecords;

import java.io.PrintWriter;

/** One JSON object per event per line: the documented output record. */
final class JsonLinesPrinter implements EventPrinter {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final PrintWriter out;

    JsonLinesPrinter(PrintWriter out) {
        this.out = out;
    }

    @Override
    public void print(Article article, CodedEvent event) {
        try {
            out.println(JSON.writeValueAsString(EventRecords.toMap(article, event)));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("an event record is always serialisable", e);
        }
    }
}
