package org.attache.spark;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

/**
 * One deduplicated event: the id of the mention that opened it (events are numbered in that order), its date (the
 * opener's: the anchor the ±1-day window is measured from) and its mentions in ingest order.
 */
record EventGroup(long openerId, LocalDate eventDate, List<NumberedMention> mentions) implements Serializable {
}
