package org.attache.events;

/** Characters [start, end) of the article text, and the text they cover. */
public record Span(String text, int start, int end) {
}
