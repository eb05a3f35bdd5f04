package org.attache.spark;

import org.attache.store.EventClusters;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Cross-article deduplication of one dyad key's mentions (same source and target codes, CAMEO root and modality) with
 * the store's own rule, {@link EventClusters}: mentions taken in ingest order, each joins the event the rule picks or
 * opens a new one. Keys never share events, so keys can be clustered in parallel and the result is the one a single
 * {@code attache ingest} of the same articles gives.
 */
final class EventAssembly {
    private EventAssembly() {
    }

    static List<EventGroup> cluster(String key, Iterable<NumberedMention> mentions) {
        List<NumberedMention> ordered = new ArrayList<>();
        mentions.forEach(ordered::add);
        ordered.sort(Comparator.comparingLong(NumberedMention::id));
        EventClusters clusters = new EventClusters();
        Map<Long, List<NumberedMention>> members = new LinkedHashMap<>();
        Map<Long, LocalDate> dates = new LinkedHashMap<>();
        for (NumberedMention m : ordered) {
            EventClusters.Cluster joined = clusters.match(m.mention(), key);
            long event;
            if (joined == null) {
                event = m.id();
                clusters.open(m.mention(), key, event);
                members.put(event, new ArrayList<>());
                dates.put(event, m.mention().date());
            } else {
                event = joined.id;
            }
            members.get(event).add(m);
        }
        List<EventGroup> events = new ArrayList<>(members.size());
        members.forEach((opener, list) -> events.add(new EventGroup(opener, dates.get(opener), list)));
        return events;
    }
}
