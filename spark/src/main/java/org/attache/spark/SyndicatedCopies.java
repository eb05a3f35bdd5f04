package org.attache.spark;

import org.attache.ingest.NearDuplicateIndex;
import org.attache.ingest.TextFingerprint;
import org.attache.store.ArticleRecord;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Which coded articles are syndicated copies of an earlier one, decided as the store decides it: the first article
 * in ingest order with the same text, else the first whose text the copy nearly duplicates (its fingerprint). The
 * driver decides it over every coded article's fingerprint (about 300 bytes an article), in ingest order, because
 * "first" is an order over the whole run.
 */
final class SyndicatedCopies {
    /** What the decision needs of a coded article. */
    record Candidate(long order, String key, String contentHash, LocalDate published, byte[] fingerprint)
            implements Serializable {
        static Candidate of(CodedArticle article) {
            ArticleRecord r = article.record();
            return new Candidate(article.order(), r.key(), r.contentHash(), r.published(),
                    r.fingerprint() == null ? null : r.fingerprint().toBytes());
        }
    }

    /** The original of a copy: its article key and publication date. */
    record Original(String key, LocalDate published) implements Serializable {
    }

    private SyndicatedCopies() {
    }

    /** Copy's article key → its original, for every copy among the candidates. */
    static Map<String, Original> decide(List<Candidate> candidates) {
        List<Candidate> ordered = new ArrayList<>(candidates);
        ordered.sort(Comparator.comparingLong(Candidate::order));
        Map<String, Candidate> firstByText = new HashMap<>();
        NearDuplicateIndex<Candidate> index = new NearDuplicateIndex<>();
        Map<String, Original> copies = new HashMap<>();
        for (Candidate c : ordered) {
            Candidate original = firstByText.get(c.contentHash());
            TextFingerprint fingerprint = c.fingerprint() == null ? null : TextFingerprint.fromBytes(c.fingerprint());
            if (original == null && fingerprint != null) {
                NearDuplicateIndex.Match<Candidate> match = index.find(fingerprint);
                original = match == null ? null : match.original();
            }
            if (original != null && !original.key().equals(c.key())) {
                copies.put(c.key(), new Original(original.key(), original.published()));
            }
            firstByText.putIfAbsent(c.contentHash(), c);
            if (fingerprint != null) {
                index.add(c, fingerprint);
            }
        }
        return copies;
    }
}
