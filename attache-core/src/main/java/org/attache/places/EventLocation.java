package org.attache.places;

/** Where an event happened: the text that says so (offsets into the article) and the place it names. */
public record EventLocation(String text, int start, int end, Place place) {
}
