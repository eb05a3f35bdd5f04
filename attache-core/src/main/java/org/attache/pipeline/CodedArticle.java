package org.attache.pipeline;

import org.attache.events.CodedEvent;

import java.util.List;

/**
 * What coding one article gave: its events (every modality), how many sentences it has and how many of them the
 * sentence filter let through to the full parse.
 */
public record CodedArticle(List<CodedEvent> events, int sentences, int parsedSentences) {
    public CodedArticle {
        events = List.copyOf(events);
    }
}
