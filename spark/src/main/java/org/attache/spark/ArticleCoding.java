package org.attache.spark;

import org.apache.spark.util.LongAccumulator;
import org.attache.events.CodedEvent;
import org.attache.ingest.Article;
import org.attache.nlp.ParsedDocument;
import org.attache.pipeline.CodingFailure;
import org.attache.pipeline.Pipeline;
import org.attache.store.ArticleRecord;
import org.attache.store.MentionRow;
import scala.Tuple2;

import java.io.Serializable;
import java.time.LocalDateTime;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Objects;

/**
 * Codes one partition of articles, sorted by store identity (article key) and then ingest order. Articles with one key
 * are decided as the store decides them in one ingest run: the first is stored; a later one with the same text and
 * date is the same article again and is skipped without coding; a later one with another text or date replaces it
 * (the last version is kept, at its own place in ingest order). Coding failures become errors; the job goes on.
 */
final class ArticleCoding implements Serializable {
    /** A coded article or an error; exactly one is set. */
    record Result(CodedArticle article, JobError error) implements Serializable {
    }

    private final ActorFiles actors;
    private final String pipelineVersion;
    private final LocalDateTime codedAt;
    private final LongAccumulator duplicates;
    private final LongAccumulator sentences;

    ArticleCoding(ActorFiles actors, String pipelineVersion, LocalDateTime codedAt, LongAccumulator duplicates,
                  LongAccumulator sentences) {
        this.actors = actors;
        this.pipelineVersion = pipelineVersion;
        this.codedAt = codedAt;
        this.duplicates = duplicates;
        this.sentences = sentences;
    }

    Iterator<Result> code(Iterator<Tuple2<Tuple2<String, Long>, FileArticles.Item>> sorted) {
        return new Iterator<>() {
            private final ArrayDeque<Result> ready = new ArrayDeque<>();
            private SourcedArticle pending;

            @Override
            public boolean hasNext() {
                while (ready.isEmpty() && (sorted.hasNext() || pending != null)) {
                    if (!sorted.hasNext()) {
                        ready.add(code(pending));
                        pending = null;
                        break;
                    }
                    FileArticles.Item item = sorted.next()._2();
                    if (item.error() != null) {
                        ready.add(new Result(null, item.error()));
                        continue;
                    }
                    SourcedArticle article = item.article();
                    if (pending != null && pending.key().equals(article.key())) {
                        if (sameVersion(pending, article)) {
                            duplicates.add(1);
                        } else {
                            pending = article; // replaces the earlier version, as a re-ingest would
                            duplicates.add(1);
                        }
                        continue;
                    }
                    if (pending != null) {
                        ready.add(code(pending));
                    }
                    pending = article;
                }
                return !ready.isEmpty();
            }

            @Override
            public Result next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                return ready.poll();
            }
        };
    }

    private static boolean sameVersion(SourcedArticle a, SourcedArticle b) {
        return a.contentHash().equals(b.contentHash()) && Objects.equals(a.published(), b.published());
    }

    private Result code(SourcedArticle sourced) {
        List<CodedEvent> events;
        try {
            Pipeline pipeline = ExecutorPipeline.get(actors);
            Article article = sourced.article();
            ParsedDocument parsed = pipeline.parse(article); // what Pipeline.code does, with the sentences counted
            sentences.add(parsed.sentences().size());
            events = pipeline.codeParsed(article, parsed);
        } catch (RuntimeException e) {
            return new Result(null, new JobError(sourced.input(), 0, "code",
                    "coding failed: " + CodingFailure.describe(e)));
        }
        if (events.size() > Ordering.MAX_MENTIONS_PER_ARTICLE) {
            return new Result(null, new JobError(sourced.input(), 0, "code", "more than "
                    + Ordering.MAX_MENTIONS_PER_ARTICLE + " events in one article; not stored"));
        }
        List<MentionRow> mentions = new ArrayList<>(events.size());
        for (CodedEvent event : events) {
            mentions.add(MentionRow.of(event));
        }
        ArticleRecord record = ArticleRecord.of(sourced.article(), pipelineVersion, codedAt);
        return new Result(new CodedArticle(sourced.order(), record, mentions), null);
    }
}
