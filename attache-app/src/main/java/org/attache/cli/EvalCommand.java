package org.attache.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import org.attache.actors.ActorDictionary;
import org.attache.evaluation.CodedSentence;
import org.attache.evaluation.ConfidenceCalibration;
import org.attache.evaluation.CountryCodes;
import org.attache.events.ConfidenceFeatures;
import org.attache.events.ConfidenceModel;
import org.attache.evaluation.EvaluationReport;
import org.attache.evaluation.EvaluationRunner;
import org.attache.evaluation.GoldFormat;
import org.attache.evaluation.GoldFormatException;
import org.attache.evaluation.GoldSentence;
import org.attache.evaluation.PetrarchRecords;
import org.attache.evaluation.PetrarchRecordsReader;
import org.attache.evaluation.PetrarchScorer;
import org.attache.evaluation.ScoringOptions;
import org.attache.nlp.CoreNlpParser;
import org.attache.nlp.ParseCache;
import org.attache.pipeline.Pipeline;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

/**
 * {@code attache eval}: codes every sentence of a gold set and prints how the coding compares. The gold file is read
 * where it lies, at run time; nothing of it is kept.
 */
@Command(name = "eval", mixinStandardHelpOptions = true,
        description = "Measure the coder against a gold-coded sentence set (PLOVER gold standard, ConfliBERT CAMEO"
                + " classes or actor tags, PETRARCH-2 unit-test records) and print a report.")
public final class EvalCommand implements Callable<Integer> {
    static final int GOLD_UNREADABLE = 1;
    static final int METRICS_UNWRITABLE = 1;

    @Option(names = "--gold", required = true, paramLabel = "FILE", description = "The gold set to evaluate against.")
    Path gold;

    @Option(names = "--format", paramLabel = "FORMAT",
            description = "plover, conflibert-class, conflibert-ner or petrarch (default: from the file name: .json"
                    + " plover, .tsv conflibert-class, .txt conflibert-ner).")
    String format;

    @Option(names = "--limit", paramLabel = "N", description = "Evaluate only the first N sentences.")
    Integer limit;

    @Option(names = "--worst", paramLabel = "N", defaultValue = "" + ScoringOptions.DEFAULT_WORST,
            description = "How many of the worst errors to list (default: ${DEFAULT-VALUE}).")
    int worst;

    @Option(names = "--all-modalities",
            description = "Score negated, hypothetical, future and reported events too (default: asserted only).")
    boolean allModalities;

    @Option(names = "--json", paramLabel = "FILE",
            description = "Also write the metrics as JSON to FILE; '-' prints the JSON instead of the text report.")
    String json;

    @Option(names = "--threads", paramLabel = "N", defaultValue = "" + EvaluationRunner.DEFAULT_THREADS,
            description = "Sentences coded in parallel (default: ${DEFAULT-VALUE}).")
    int threads;

    @Option(names = "--actors", paramLabel = "FILE",
            description = "An extra actor dictionary (Attaché's own format or TABARI/PETRARCH) loaded over the bundled"
                    + " ones; repeatable, later files override earlier ones. With --format petrarch the default is the"
                    + " Validate dictionaries beside the records file (petrarch2-PETR.Validate.actors.txt and"
                    + " petrarch2-PETR.Validate.agents.txt); --actors replaces them.")
    List<Path> actorFiles;

    @Option(names = "--parse-cache", paramLabel = "DIR",
            description = "Keep each sentence's parse in DIR (one file per text and date) and reuse it on later runs,"
                    + " so a re-run after a lexicon or coder change skips CoreNLP. Delete DIR after a parser change.")
    Path parseCache;

    @Option(names = "--calibrate", paramLabel = "FILE",
            description = "Fit the confidence model's logistic weights to this gold set's events (plover or"
                    + " conflibert-class) and write them to FILE, in the format of the bundled"
                    + " events/confidence-model.tsv; the report then also shows the fitted model's reliability.")
    Path calibrate;

    @Option(names = "--verbose", description = "List every skipped dictionary line, note and conflict of the actor"
            + " dictionaries loaded.")
    boolean verbose;

    @Option(names = "--no-sentence-filter",
            description = "Parse every sentence in full, also those the filter deems unable to yield an event (to"
                    + " show that the filter changes no score).")
    boolean noSentenceFilter;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        GoldFormat chosen = chooseFormat();
        if (limit != null && limit < 1) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--limit must be at least 1");
        }
        if (worst < 0) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--worst must not be negative");
        }
        if (threads < 1) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--threads must be at least 1");
        }
        List<GoldSentence> sentences;
        PetrarchRecords petrarch = null;
        try {
            if (chosen == GoldFormat.PETRARCH) {
                petrarch = new PetrarchRecordsReader().readRecords(gold);
                sentences = petrarch.sentences();
            } else {
                sentences = chosen.reader().read(gold);
            }
        } catch (IOException e) {
            err.println("attache: " + gold + ": cannot read the gold file: " + e.getMessage());
            err.flush();
            return GOLD_UNREADABLE;
        } catch (GoldFormatException e) {
            err.println("attache: " + e.getMessage() + " (reading " + gold + " as --format " + chosen.cliName()
                    + ")");
            err.flush();
            return GOLD_UNREADABLE;
        }
        List<Path> actors = ActorFiles.normalise(actorFiles);
        if (chosen == GoldFormat.PETRARCH && actors.isEmpty()) {
            actors = PetrarchRecordsReader.defaultDictionaries(gold);
            for (Path dictionary : actors) {
                if (!Files.isRegularFile(dictionary)) {
                    err.println("attache: " + dictionary + ": no such dictionary beside the records file; give the"
                            + " Validate actor and agent dictionaries with --actors FILE");
                    err.flush();
                    return GOLD_UNREADABLE;
                }
            }
        }
        if (!actors.isEmpty()) {
            try {
                ActorFiles.report(CodeCommand.SharedPipeline.dictionary(actors), err, verbose);
            } catch (IOException e) {
                throw new CommandLine.ParameterException(spec.commandLine(), "--actors: " + e.getMessage());
            }
        }
        if (petrarch != null && !petrarch.bad().isEmpty()) {
            err.println("attache eval: " + petrarch.bad().size() + " bad record" + (petrarch.bad().size() == 1 ? "" : "s")
                    + " in " + gold.getFileName() + " not coded (listed in the report)");
        }
        if (limit != null && limit < sentences.size()) {
            sentences = sentences.subList(0, limit);
        }
        err.println("attache eval: " + sentences.size() + " sentences of " + gold.getFileName() + " ("
                + chosen.cliName() + "), coded on " + threads + " thread" + (threads == 1 ? "" : "s")
                + (noSentenceFilter ? ", every sentence parsed in full" : ""));
        err.flush();
        long started = System.nanoTime();
        Pipeline pipeline;
        if (parseCache == null) {
            pipeline = CodeCommand.SharedPipeline.get(actors);
        } else {
            try {
                pipeline = Pipeline.withBundledResources(actors.isEmpty() ? ActorDictionary.bundled()
                        : CodeCommand.SharedPipeline.dictionary(actors), new ParseCache(parseCache, CoreNlpParser::new));
            } catch (IOException | java.io.UncheckedIOException e) {
                throw new CommandLine.ParameterException(spec.commandLine(), "--parse-cache: " + e.getMessage());
            }
        }
        // a cached parse is a full parse: the filter only decides what CoreNLP parses when nothing is cached
        EvaluationRunner runner = new EvaluationRunner(pipeline.withSentenceFilter(!noSentenceFilter)::code, threads);
        long coding = System.nanoTime();
        List<CodedSentence> coded = runner.run(sentences, (done, total) -> {
            double seconds = (System.nanoTime() - coding) / 1e9;
            err.println(String.format(Locale.ROOT, "attache eval: %d/%d sentences coded (%.0f s, %.1f sentences/s)",
                    done, total, seconds, done / Math.max(seconds, 1e-9)));
            err.flush();
        });
        ScoringOptions options = new ScoringOptions(allModalities, worst);
        EvaluationReport report = petrarch != null
                ? new PetrarchScorer(options, petrarch, actors.stream().map(p -> p.getFileName().toString()).toList())
                        .score(coded, gold.getFileName().toString())
                : chosen.score(coded, gold.getFileName().toString(), options);
        if (json == null || !json.equals("-")) {
            out.print(report.text());
            out.flush();
        }
        if (json != null) {
            ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
            String text;
            try {
                text = mapper.writeValueAsString(report.metrics()) + "\n";
            } catch (JsonProcessingException e) {
                throw new IllegalStateException("metrics are not serialisable", e);
            }
            if (json.equals("-")) {
                out.print(text);
                out.flush();
            } else {
                try {
                    Files.writeString(Path.of(json), text);
                } catch (IOException e) {
                    err.println("attache: cannot write the metrics to " + json + ": " + e.getMessage());
                    err.flush();
                    return METRICS_UNWRITABLE;
                }
            }
        }
        if (json == null || !json.equals("-")) {
            Integer status = printCalibration(chosen, coded, options, out, err);
            if (status != null) {
                return status;
            }
        }
        int failed = (int) coded.stream().filter(CodedSentence::failed).count();
        err.println(String.format(Locale.ROOT, "attache eval: done in %.0f s%s", (System.nanoTime() - started) / 1e9,
                failed > 0 ? "; " + failed + " sentence" + (failed == 1 ? "" : "s") + " failed to code" : ""));
        err.flush();
        return 0;
    }

    /** The confidence reliability table, and with --calibrate the fitted weights and their reliability. */
    private Integer printCalibration(GoldFormat chosen, List<CodedSentence> coded, ScoringOptions options,
                                     PrintWriter out, PrintWriter err) {
        List<ConfidenceCalibration.Sample> samples = switch (chosen) {
            case PLOVER -> ConfidenceCalibration.plover(coded, options, CountryCodes.bundled());
            case CONFLIBERT_CLASS -> ConfidenceCalibration.pentaClass(coded, options);
            default -> null;
        };
        if (samples == null) {
            if (calibrate != null) {
                err.println("attache: --calibrate needs --format plover or conflibert-class");
                err.flush();
                return GOLD_UNREADABLE;
            }
            return null;
        }
        out.println();
        out.println("Confidence reliability (scored events; right = " + (chosen == GoldFormat.PLOVER
                ? "gold category and, where the gold names one, a gold source country" : "gold penta class") + ")");
        out.print(ConfidenceCalibration.reliabilityTable(samples));
        if (calibrate != null) {
            ConfidenceModel model = ConfidenceCalibration.fit(samples, CALIBRATION_L2);
            List<String> header = List.of(
                    "Attaché confidence model: logistic weights over org.attache.events.ConfidenceFeatures;",
                    "confidence = 1 / (1 + exp(-(sum of weight * feature))), features are 0/1 (intercept 1).",
                    "Fitted by: attache eval --gold " + gold.getFileName() + " --format " + chosen.cliName()
                            + " --calibrate FILE" + (allModalities ? " --all-modalities" : ""),
                    "on " + samples.size() + " scored events of " + coded.size() + " sentences, L2 penalty "
                            + CALIBRATION_L2 + "; an event is right when it has "
                            + (chosen == GoldFormat.PLOVER ? "the gold PLOVER category and (if the gold names one)"
                            + " a gold source country." : "the sentence's gold penta class."));
            try {
                Files.writeString(calibrate, model.write(header));
            } catch (IOException e) {
                err.println("attache: cannot write the confidence model to " + calibrate + ": " + e.getMessage());
                err.flush();
                return METRICS_UNWRITABLE;
            }
            out.println();
            out.println("Fitted confidence model (written to " + calibrate + ")");
            double[] weights = model.weights();
            for (int i = 0; i < weights.length; i++) {
                out.println(String.format(Locale.ROOT, "  %-18s %8.4f", ConfidenceFeatures.NAMES.get(i), weights[i]));
            }
            out.println("Reliability of the fitted model on the same events");
            out.print(ConfidenceCalibration.reliabilityTable(ConfidenceCalibration.rescored(samples, model)));
            out.println("Reliability in 5-fold cross-validation (each event scored by weights fitted without it)");
            out.print(ConfidenceCalibration.reliabilityTable(
                    ConfidenceCalibration.crossValidated(samples, 5, CALIBRATION_L2)));
        }
        out.flush();
        return null;
    }

    /** Enough to keep weights of rare features finite, small against a few hundred events. */
    static final double CALIBRATION_L2 = 1.0;

    private GoldFormat chooseFormat() {
        if (format != null) {
            try {
                return GoldFormat.byName(format);
            } catch (IllegalArgumentException e) {
                throw new CommandLine.ParameterException(spec.commandLine(), "--format: " + e.getMessage());
            }
        }
        GoldFormat guessed = GoldFormat.guess(gold);
        if (guessed == null) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    "cannot tell the format of " + gold + " from its name; give --format plover, conflibert-class,"
                            + " conflibert-ner or petrarch");
        }
        return guessed;
    }
}
