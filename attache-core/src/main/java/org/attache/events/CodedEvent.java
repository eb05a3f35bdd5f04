package org.attache.events;

import org.attache.places.EventLocation;

import java.time.LocalDate;

/**
 * One coded event with full provenance: every span's offsets index the article text. {@code date} is the event's
 * date; {@code location} is where it happened (null when unknown); {@code dateOrigin} says whether it came from a time expression governing the trigger ("text"), from the
 * article's publication date ("article"), or is unknown ("none"). {@code features} are what {@code confidence} was
 * computed from (null for events not made by the coder).
 */
public record CodedEvent(String id, int sentenceIndex, Span sentence, EventActor source, EventActor target,
                         Span trigger, CameoCode cameo, Modality modality, double confidence, LocalDate date,
                         String dateOrigin, EventLocation location, ConfidenceFeatures features) {
}
