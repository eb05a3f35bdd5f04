package org.attache.spark;

import org.apache.spark.sql.SparkSession;
import org.attache.ingest.DateParsing;
import org.attache.store.PipelineVersion;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

/** {@code attache-spark code}: the distributed {@code attache ingest}, writing Parquet instead of a store. */
@Command(name = "code", mixinStandardHelpOptions = true,
        description = {"Code articles (JSONL, WARC/WARC.gz, text, HTML; .jsonl.gz and .txt.gz too) from any Hadoop"
                + " file system on Spark, deduplicate events as attache ingest does, and write OUTPUT/mentions and"
                + " OUTPUT/events (Parquet, partitioned by event_date, importable with attache import-parquet) and"
                + " OUTPUT/errors (JSON lines: input, position, stage, reason). OUTPUT is replaced."})
public final class SparkCodeCommand implements Callable<Integer> {
    @Option(names = "--input", required = true, arity = "1..*", paramLabel = "URI",
            description = "Files, directories (read recursively, known formats only) or globs: file:, hdfs:, s3a:...")
    List<String> inputs;

    @Option(names = "--output", required = true, paramLabel = "URI", description = "Output directory (replaced).")
    String output;

    @Option(names = "--actors", paramLabel = "FILE",
            description = "An extra actor dictionary (as attache code --actors); repeatable, later files win.")
    List<String> actors;

    @Option(names = "--date", paramLabel = "YYYY-MM-DD", description = "Publication date for undated articles.")
    String date;

    @Option(names = "--partitions", paramLabel = "N", defaultValue = "0",
            description = "Coding partitions (default: 4 x the default parallelism).")
    int partitions;

    @Option(names = "--master", paramLabel = "MASTER", defaultValue = "local[*]",
            description = "Spark master when not run by spark-submit (default: ${DEFAULT-VALUE}).")
    String master;

    @Option(names = "--conf", paramLabel = "KEY=VALUE", description = "A Spark setting; repeatable.")
    Map<String, String> settings = new LinkedHashMap<>();

    @Option(names = "--pipeline-version", paramLabel = "TEXT",
            description = "Record this pipeline version instead of the computed one (as attache ingest).")
    String pipelineVersion;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        PrintWriter err = spec.commandLine().getErr();
        LocalDate fallback = null;
        if (date != null) {
            fallback = DateParsing.parseDate(date);
            if (fallback == null) {
                throw new CommandLine.ParameterException(spec.commandLine(),
                        "--date '" + date + "' is not a date (use YYYY-MM-DD)");
            }
        }
        String version = pipelineVersion != null ? pipelineVersion : PipelineVersion.current();
        CodingJob job = new CodingJob(inputs, output, actors, fallback, version, partitions);
        SparkSession spark = SparkSessions.start("attache-spark code", master, settings);
        try {
            CodingJob.Summary summary;
            try {
                summary = job.run(spark);
            } catch (java.io.IOException e) {
                err.println("attache-spark: --actors: " + e.getMessage());
                err.flush();
                return 2;
            }
            for (JobError e : summary.errors()) {
                err.println("attache-spark: " + e.describe());
            }
            if (summary.errorCount() > summary.errors().size()) {
                err.println("attache-spark: ... and " + (summary.errorCount() - summary.errors().size())
                        + " more in " + output + "/errors");
            }
            err.println(summary.describe(output));
            err.flush();
            return 0;
        } finally {
            spark.stop();
        }
    }
}
