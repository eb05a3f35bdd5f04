package org.attache.store;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The reports of an original article that a syndicated copy may reprint, and the rule by which a copy's mention
 * counts in the original's event rather than opening one: the same sentence words, dyad, root and modality, and a
 * date that is the original's (within the clustering window), or that date moved by as much as the copy's
 * publication date moved (a relative date such as "on Monday" resolved again against the later date). Copies
 * published more than {@link #COPY_DAYS} days apart share no events: by then a repeated sentence is more likely a new
 * event told in stock words than a reprint. The store and the Spark job both apply it.
 */
public final class SyndicatedReports implements Serializable {
    /** How far apart, in days, a copy and its original may be published and still share events. */
    public static final int COPY_DAYS = 14;

    private static final Pattern NOT_WORDS = Pattern.compile("[^\\p{L}\\p{N}]+");

    private record Report(long event, LocalDate date) implements Serializable {
    }

    private record Mention(String clusterKey, String sentence, long event, LocalDate date) implements Serializable {
    }

    private final LocalDate published;
    /** Every article's mentions are recorded, few articles are copied: keys are made only when a copy asks. */
    private final List<Mention> mentions = new ArrayList<>();
    private Map<String, Report> reports;

    public SyndicatedReports(LocalDate published) {
        this.published = published;
    }

    /** An event's dyad, root and modality with its sentence's words: the same report in a copy. */
    private static String reportKey(String clusterKey, String sentence) {
        String words = sentence == null ? ""
                : NOT_WORDS.matcher(sentence.toLowerCase(Locale.ROOT)).replaceAll(" ").strip();
        return clusterKey + '\u001f' + words;
    }

    /**
     * Records one of the original's mentions (its dyad key, sentence, event and date); the first mention of a report
     * names its event.
     */
    public void add(String clusterKey, String sentence, long event, LocalDate date) {
        mentions.add(new Mention(clusterKey, sentence, event, date));
        reports = null;
    }

    /** The original's event that a copy's mention (its dyad key, sentence and date) reprints, or null. */
    public Long eventOf(String clusterKey, String sentence, LocalDate date, LocalDate copyPublished) {
        if (reports == null) {
            reports = new HashMap<>();
            for (Mention m : mentions) {
                reports.putIfAbsent(reportKey(m.clusterKey(), m.sentence()), new Report(m.event(), m.date()));
            }
        }
        Report report = reports.get(reportKey(clusterKey, sentence));
        if (report == null) {
            return null;
        }
        long shift = published == null || copyPublished == null ? 0
                : copyPublished.toEpochDay() - published.toEpochDay();
        if (Math.abs(shift) > COPY_DAYS) {
            return null;
        }
        if (date == null || report.date() == null) {
            return date == null && report.date() == null ? report.event() : null;
        }
        long gap = date.toEpochDay() - report.date().toEpochDay();
        boolean sameDate = Math.abs(gap) <= EventClusters.WINDOW_DAYS;
        boolean shiftedDate = Math.abs(gap - shift) <= EventClusters.WINDOW_DAYS;
        return sameDate || shiftedDate ? report.event() : null;
    }
}
