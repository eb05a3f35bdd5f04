package org.attache.spark;

import org.apache.hadoop.conf.Configuration;
import org.apache.spark.HashPartitioner;
import org.apache.spark.Partitioner;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.storage.StorageLevel;
import org.apache.spark.util.LongAccumulator;
import scala.Tuple2;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import static org.apache.spark.sql.functions.col;

/**
 * The distributed run of {@code attache ingest}'s work: read, decide article identity, code, deduplicate, write.
 *
 * <ol>
 *   <li>The driver lists the input files in ingest order ({@link InputListing}); tasks read them with attache-core's
 *       readers ({@link FileArticles}).</li>
 *   <li>Articles are shuffled by store identity and sorted within partitions, so duplicates meet; each partition
 *       decides them and codes the rest with its executor's one pipeline ({@link ArticleCoding}). The coded articles
 *       are persisted: coding is the expensive step and is not repeated for the later stages.</li>
 *   <li>Mentions are numbered in ingest order (as the store numbers them), grouped by dyad key and clustered with the
 *       store's rule ({@link EventAssembly}); events are numbered in the order their first mention was.</li>
 *   <li>Mentions, events and errors are written under OUTPUT, replacing what a previous run left there. Everything is
 *       a function of the inputs (and the run's start time), so a task Spark recomputes after losing an executor gives
 *       the same rows, and Spark's output commit keeps only one attempt's files.</li>
 * </ol>
 */
final class CodingJob implements Serializable {
    /** What a run read, coded and wrote. */
    record Summary(int files, long articles, long duplicates, long coded, long sentences, long mentions,
                   long events, List<JobError> errors, long errorCount, double seconds) {

        String describe(String output) {
            StringBuilder s = new StringBuilder("attache-spark: read ").append(articles).append(" articles from ")
                    .append(files).append(files == 1 ? " file" : " files");
            if (duplicates > 0) {
                s.append(" (").append(duplicates).append(" already read under the same URL or text, not coded again)");
            }
            s.append(String.format(java.util.Locale.ROOT, "; coded %d (%d sentences): %d mentions in %d events;"
                    + " %d error%s; %.1f s", coded, sentences, mentions, events, errorCount,
                    errorCount == 1 ? "" : "s", seconds));
            s.append("; written to ").append(output).append("/{mentions,events,errors}");
            return s.toString();
        }
    }

    private final List<String> inputs;
    private final String output;
    private final List<String> actorUris;
    private final LocalDate dateForUndated;
    private final String pipelineVersion;
    private final int partitions;

    CodingJob(List<String> inputs, String output, List<String> actorUris, LocalDate dateForUndated,
              String pipelineVersion, int partitions) {
        this.inputs = List.copyOf(inputs);
        this.output = output;
        this.actorUris = actorUris == null ? List.of() : List.copyOf(actorUris);
        this.dateForUndated = dateForUndated;
        this.pipelineVersion = pipelineVersion;
        this.partitions = partitions;
    }

    Summary run(SparkSession spark) throws java.io.IOException {
        JavaSparkContext sc = JavaSparkContext.fromSparkContext(spark.sparkContext());
        Configuration hadoop = sc.hadoopConfiguration();
        HadoopConfiguration conf = new HadoopConfiguration(hadoop);
        ActorFiles actors = ActorFiles.read(actorUris, hadoop);
        if (!actors.names().isEmpty()) {
            // fail here, once, rather than in every task: unreadable formats are refused by the loader
            org.attache.actors.ActorDictionary.bundledWith(actors.materialise());
        }
        LocalDateTime codedAt = LocalDateTime.now(java.time.ZoneOffset.UTC).withNano(0);
        LocalDate fallback = dateForUndated;

        InputListing.Result listing = InputListing.list(inputs, hadoop);
        List<InputFile> files = listing.files();
        int parts = partitions > 0 ? partitions : Math.max(1, sc.defaultParallelism() * 4);

        LongAccumulator read = sc.sc().longAccumulator("articles read");
        LongAccumulator duplicates = sc.sc().longAccumulator("duplicates skipped");
        LongAccumulator sentences = sc.sc().longAccumulator("sentences parsed");
        long started = System.nanoTime();

        // 1. read: one task per file (up to a limit), articles and reading errors in one stream
        JavaRDD<FileArticles.Item> items = files.isEmpty() ? sc.emptyRDD()
                : sc.parallelize(files, Math.min(files.size(), 10_000))
                .flatMap(file -> new FileArticles(file, conf, fallback));

        // 2. identity and coding: by article key, in ingest order within a key
        ArticleCoding coding = new ArticleCoding(actors, pipelineVersion, codedAt, duplicates, sentences);
        JavaRDD<ArticleCoding.Result> coded = items
                .mapToPair(item -> {
                    if (item.article() == null) {
                        JobError e = item.error();
                        return new Tuple2<>(new Tuple2<>("\u0000" + e.input() + ":" + e.reason(), e.position()), item);
                    }
                    read.add(1);
                    return new Tuple2<>(new Tuple2<>(item.article().key(), item.article().order()), item);
                })
                .repartitionAndSortWithinPartitions(new KeyPartitioner(parts), new KeyThenOrder())
                .mapPartitions(coding::code)
                .persist(StorageLevel.MEMORY_AND_DISK_SER());

        // 3. mentions numbered in ingest order, clustered per dyad key, events numbered by their first mention
        JavaRDD<NumberedMention> numbered = coded
                .filter(r -> r.article() != null)
                .flatMapToPair(r -> {
                    CodedArticle a = r.article();
                    List<Tuple2<Long, Tuple2<org.attache.store.ArticleRecord, org.attache.store.MentionRow>>> out =
                            new ArrayList<>(a.mentions().size());
                    for (int i = 0; i < a.mentions().size(); i++) {
                        out.add(new Tuple2<>(Ordering.mention(a.order(), i), new Tuple2<>(a.record(), a.mentions().get(i))));
                    }
                    return out.iterator();
                })
                .sortByKey(true, parts)
                .values()
                .zipWithIndex()
                .map(t -> new NumberedMention(t._2() + 1, t._1()._1(), t._1()._2()));

        // syndicated copies are decided on the driver, in ingest order, as the store decides them
        java.util.Map<String, SyndicatedCopies.Original> copyMap = SyndicatedCopies.decide(coded
                .filter(r -> r.article() != null)
                .map(r -> SyndicatedCopies.Candidate.of(r.article()))
                .collect());
        org.apache.spark.broadcast.Broadcast<java.util.Map<String, SyndicatedCopies.Original>> copies =
                sc.broadcast(new java.util.HashMap<>(copyMap));

        JavaPairRDD<EventGroup, Long> events = numbered
                .mapToPair(m -> new Tuple2<>(m.mention().clusterKey(), m))
                .groupByKey(parts)
                .flatMap(group -> EventAssembly.cluster(group._1(), group._2(), copies.value()).iterator())
                .mapToPair(e -> new Tuple2<>(e.openerId(), e))
                .sortByKey(true, parts)
                .values()
                .zipWithIndex()
                .mapToPair(t -> new Tuple2<>(t._1(), t._2() + 1))
                .persist(StorageLevel.MEMORY_AND_DISK_SER());

        // 4. write, replacing earlier output
        Dataset<Row> eventRows = spark.createDataFrame(events.map(t ->
                OutputRows.event(t._2(), t._1(), OutputRows.Summary.of(t._1()), codedAt)), OutputRows.EVENTS);
        eventRows.repartition(col("event_date")).sortWithinPartitions("id")
                .write().mode(SaveMode.Overwrite).partitionBy("event_date").parquet(output + "/events");

        Dataset<Row> mentionRows = spark.createDataFrame(events.flatMap(t -> {
            OutputRows.Summary summary = OutputRows.Summary.of(t._1());
            List<Row> rows = new ArrayList<>(t._1().mentions().size());
            for (NumberedMention m : t._1().mentions()) {
                rows.add(OutputRows.mention(m, t._2(), summary));
            }
            return rows.iterator();
        }), OutputRows.MENTIONS);
        mentionRows.repartition(col("event_date")).sortWithinPartitions("event_id", "record_id")
                .write().mode(SaveMode.Overwrite).partitionBy("event_date").parquet(output + "/mentions");

        JavaRDD<JobError> readOrCodeErrors = coded.filter(r -> r.error() != null).map(ArticleCoding.Result::error);
        JavaRDD<JobError> errors = sc.parallelize(listing.errors(), 1).union(readOrCodeErrors);
        spark.createDataFrame(errors.map(OutputRows::error), OutputRows.ERRORS).coalesce(1)
                .sortWithinPartitions("input", "position")
                .write().mode(SaveMode.Overwrite).json(output + "/errors");

        long codedArticles = coded.filter(r -> r.article() != null).count();
        long mentionCount = events.map(t -> (long) t._1().mentions().size()).fold(0L, Long::sum);
        long eventCount = events.count();
        List<JobError> firstErrors = new ArrayList<>(listing.errors());
        long errorCount = listing.errors().size() + readOrCodeErrors.count();
        firstErrors.addAll(readOrCodeErrors.take(20));
        coded.unpersist();
        events.unpersist();
        return new Summary(files.size(), read.value(), duplicates.value(), codedArticles, sentences.value(),
                mentionCount, eventCount, firstErrors, errorCount, (System.nanoTime() - started) / 1e9);
    }

    /** Partitions by article key only, so every version of an article meets in one partition. */
    static final class KeyPartitioner extends Partitioner {
        private final HashPartitioner hash;

        KeyPartitioner(int partitions) {
            this.hash = new HashPartitioner(partitions);
        }

        @Override
        public int numPartitions() {
            return hash.numPartitions();
        }

        @Override
        public int getPartition(Object key) {
            @SuppressWarnings("unchecked")
            Tuple2<String, Long> k = (Tuple2<String, Long>) key;
            return hash.getPartition(k._1());
        }
    }

    /** Article key, then ingest order. */
    static final class KeyThenOrder implements Comparator<Tuple2<String, Long>>, Serializable {
        @Override
        public int compare(Tuple2<String, Long> a, Tuple2<String, Long> b) {
            int c = a._1().compareTo(b._1());
            return c != 0 ? c : Long.compare(a._2(), b._2());
        }
    }
}
