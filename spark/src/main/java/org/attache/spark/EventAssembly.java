package org.attache.spark;

import org.attache.store.EventClusters;
import org.attache.store.SyndicatedReports;

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
 * {@code attache ingest} of the same articles gives. A syndicated copy's mention that reprints one of its original's
 * reports joins that report's event ({@link SyndicatedReports}); both share the dyad key, so this too stays within
 * one key.
 */
final class EventAssembly {
    private EventAssembly() {
    }

    static List<EventGroup> cluster(String key, Iterable<NumberedMention> mentions,
                                     Map<String, SyndicatedCopies.Original> copies) {
        List<NumberedMention> ordered = new ArrayList<>();
        mentions.forEach(ordered::add);
        ordered.sort(Comparator.comparingLong(NumberedMention::id));
        EventClusters clusters = new EventClusters();
        Map<Long, List<NumberedMention>> members = new LinkedHashMap<>();
        Map<Long, LocalDate> dates = new LinkedHashMap<>();
        Map<String, SyndicatedReports> reportsByArticle = new java.util.HashMap<>();
        for (NumberedMention m : ordered) {
            String articleKey = m.article().key();
            SyndicatedCopies.Original original = copies.get(articleKey);
            SyndicatedReports originalReports = original == null ? null : reportsByArticle.get(original.key());
            Long reprinted = originalReports == null ? null
                    : originalReports.eventOf(key, m.mention().sentenceText(), m.mention().date(),
                            m.article().published());
            EventClusters.Cluster joined = reprinted != null ? null : clusters.match(m.mention(), key);
            long event;
            if (reprinted != null) {
                event = reprinted;
            } else if (joined == null) {
                event = m.id();
                clusters.open(m.mention(), key, event);
                members.put(event, new ArrayList<>());
                dates.put(event, m.mention().date());
            } else {
                event = joined.id;
            }
            members.get(event).add(m);
            reportsByArticle.computeIfAbsent(articleKey, k -> new SyndicatedReports(m.article().published()))
                    .add(key, m.mention().sentenceText(), event, m.mention().date());
        }
        List<EventGroup> events = new ArrayList<>(members.size());
        members.forEach((opener, list) -> events.add(new EventGroup(opener, dates.get(opener), list)));
        return events;
    }
}
