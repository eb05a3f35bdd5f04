package org.attache.pipeline;

import org.attache.ingest.IngestError;

import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * The counts of one coding run, so that its summary accounts for every article read: each one was coded, skipped
 * for a stated reason (already stored, a duplicate, not English...) or failed for a stated reason; and every input
 * or record that could not be read is counted by reason. Safe to read from another thread (the progress line) while
 * the run updates it.
 */
public final class RunTally {
    private final long startNanos = System.nanoTime();
    private long coded;
    private long codedWithEvents;
    private long sentences;
    private long parsedSentences;
    private long events;
    private final Map<String, Long> skipped = new TreeMap<>();
    private final Map<String, Long> failed = new TreeMap<>();
    private final Map<String, Long> unreadable = new TreeMap<>();

    /** An article was coded into {@code eventCount} events (whatever the caller counts: printed, stored...). */
    public synchronized void coded(CodedArticle article, long eventCount) {
        coded++;
        if (eventCount > 0) {
            codedWithEvents++;
        }
        sentences += article.sentences();
        parsedSentences += article.parsedSentences();
        events += eventCount;
    }

    /** An article was not coded, for this reason ("already stored", "not English (language detected: fr)"...). */
    public synchronized void skipped(String reason) {
        skipped.merge(category(reason), 1L, Long::sum);
    }

    /** Coding an article failed with this exception. */
    public synchronized void failed(Throwable failure) {
        failed.merge(failure.getClass().getSimpleName(), 1L, Long::sum);
    }

    /** A reader could not read an input or one of its records. */
    public synchronized void unreadable(IngestError error) {
        unreadable.merge(category(error.reason()), 1L, Long::sum);
    }

    /**
     * Reasons are counted by kind, without their particulars: "malformed JSON: Unexpected character..." counts as
     * "malformed JSON", "not English (language detected: fr)" as "not English".
     */
    static String category(String reason) {
        int end = reason.length();
        for (String particulars : new String[] {":", " ("}) {
            int at = reason.indexOf(particulars);
            if (at > 0 && at < end) {
                end = at;
            }
        }
        String head = reason.substring(0, end);
        return head.length() > 60 ? head.substring(0, 60) + "..." : head;
    }

    public synchronized long articles() {
        return coded + total(skipped) + total(failed);
    }

    public synchronized long coded() {
        return coded;
    }

    public synchronized long codedWithEvents() {
        return codedWithEvents;
    }

    public synchronized long sentences() {
        return sentences;
    }

    public synchronized long parsedSentences() {
        return parsedSentences;
    }

    public synchronized long events() {
        return events;
    }

    public synchronized long skipped() {
        return total(skipped);
    }

    public synchronized long failed() {
        return total(failed);
    }

    public synchronized long unreadable() {
        return total(unreadable);
    }

    public synchronized Map<String, Long> skippedByReason() {
        return Map.copyOf(skipped);
    }

    public synchronized Map<String, Long> failedByReason() {
        return Map.copyOf(failed);
    }

    public synchronized Map<String, Long> unreadableByReason() {
        return Map.copyOf(unreadable);
    }

    public double elapsedSeconds() {
        return (System.nanoTime() - startNanos) / 1e9;
    }

    /**
     * "33,724 articles: 33,700 coded (12,001 with events), 20 skipped (20 duplicate), 4 failed (4 StackOverflowError);
     * 3 records not read (3 malformed JSON); 1,234,567 sentences, 21.3% parsed in full; 45,678 events; 2,904 s,
     * 425 sentences/s, 11.6 articles/s".
     */
    public synchronized String describe(String eventsNoun) {
        StringBuilder text = new StringBuilder();
        text.append(number(articles())).append(plural(articles(), " article", " articles")).append(": ")
                .append(number(coded)).append(" coded (").append(number(codedWithEvents)).append(" with events)");
        text.append(", ").append(number(total(skipped))).append(" skipped").append(reasons(skipped));
        text.append(", ").append(number(total(failed))).append(" failed").append(reasons(failed));
        if (!unreadable.isEmpty()) {
            text.append("; ").append(number(total(unreadable))).append(" inputs or records not read")
                    .append(reasons(unreadable));
        }
        text.append("; ").append(number(sentences)).append(plural(sentences, " sentence", " sentences"));
        if (sentences > 0) {
            text.append(String.format(Locale.ROOT, ", %.1f%% parsed in full", 100.0 * parsedSentences / sentences));
        }
        text.append("; ").append(number(events)).append(' ').append(eventsNoun);
        double seconds = elapsedSeconds();
        text.append(String.format(Locale.ROOT, "; %.1f s, %.1f sentences/s, %.2f articles/s", seconds,
                sentences / seconds, articles() / seconds));
        return text.toString();
    }

    private static String reasons(Map<String, Long> byReason) {
        if (byReason.isEmpty()) {
            return "";
        }
        StringBuilder text = new StringBuilder(" (");
        byReason.forEach((reason, count) -> {
            if (text.length() > 2) {
                text.append(", ");
            }
            text.append(number(count)).append(' ').append(reason);
        });
        return text.append(')').toString();
    }

    private static long total(Map<String, Long> byReason) {
        long sum = 0;
        for (long n : byReason.values()) {
            sum += n;
        }
        return sum;
    }

    private static String number(long n) {
        return String.format(Locale.ROOT, "%,d", n);
    }

    private static String plural(long n, String one, String many) {
        return n == 1 ? one : many;
    }
}
