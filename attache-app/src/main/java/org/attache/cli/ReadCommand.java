package org.attache.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.attache.ingest.Article;
import org.attache.ingest.ArticleSink;
import org.attache.ingest.DateParsing;
import org.attache.ingest.IngestError;
import org.attache.ingest.TextSection;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

/**
 * {@code attache read}: what the coder would be given, without coding it — one JSON line per article after
 * reading, cleaning and dating, with its marked sections. For checking inputs and cleaning, and for timing ingest.
 */
@Command(name = "read", mixinStandardHelpOptions = true,
        description = "Read articles the way code and ingest do (every format, cleaning, dates, language) and print"
                + " each as one JSON line (id, input, title, url, source, published, date_source, sections, text)"
                + " without coding them.")
public final class ReadCommand implements Callable<Integer> {

    @Parameters(arity = "0..*", paramLabel = "PATH", description = "Files, directories or - for standard input.")
    List<String> paths;

    @CommandLine.Mixin
    InputOptions inputs;

    @Option(names = "--date", paramLabel = "YYYY-MM-DD",
            description = "Publication date for articles that carry none (and the reference for yearless datelines).")
    String date;

    @Option(names = "--count", description = "Print only the summary, not the articles.")
    boolean countOnly;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    private static final ObjectMapper JSON = new ObjectMapper();

    @Override
    public Integer call() {
        inputs.validate(spec.commandLine(), paths);
        LocalDate fallback = null;
        if (date != null) {
            fallback = DateParsing.parseDate(date);
            if (fallback == null) {
                throw new CommandLine.ParameterException(spec.commandLine(),
                        "--date '" + date + "' is not a date (use YYYY-MM-DD)");
            }
        }
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        int[] counts = new int[2];
        LocalDate dateForUndated = fallback;
        long started = System.nanoTime();
        InputOptions.Skipped skipped = inputs.collect(paths, fallback, new ArticleSink() {
            @Override
            public void article(Article article) {
                counts[0]++;
                Article dated = article.published() == null && dateForUndated != null
                        ? article.withPublished(dateForUndated, "cli") : article;
                if (!countOnly) {
                    out.println(json(dated));
                }
            }

            @Override
            public void error(IngestError error) {
                counts[1]++;
                err.println("attache: " + error.describe());
                err.flush();
            }
        }, err);
        out.flush();
        double seconds = (System.nanoTime() - started) / 1e9;
        err.printf("attache: read %d article%s in %.1f s (%.0f/s); %d skipped; %d input%s or record%s failed%n",
                counts[0], counts[0] == 1 ? "" : "s", seconds, counts[0] / Math.max(seconds, 1e-9),
                skipped.notEnglish + skipped.empty, counts[1], counts[1] == 1 ? "" : "s", counts[1] == 1 ? "" : "s");
        err.flush();
        return counts[1] > 0 ? 1 : 0;
    }

    private static String json(Article article) {
        Map<String, Object> record = new LinkedHashMap<>();
        record.put("id", article.id());
        record.put("input", article.input());
        record.put("title", article.title());
        record.put("url", article.url());
        record.put("source", article.source());
        record.put("published", article.published() == null ? null : article.published().toString());
        record.put("date_source", article.dateOrigin());
        List<Map<String, Object>> sections = new ArrayList<>();
        for (TextSection section : article.sections()) {
            Map<String, Object> s = new LinkedHashMap<>();
            s.put("role", section.role().label());
            s.put("start", section.start());
            s.put("end", section.end());
            s.put("text", article.text().substring(section.start(), section.end()));
            sections.add(s);
        }
        record.put("sections", sections);
        record.put("text", article.text());
        try {
            return JSON.writeValueAsString(record);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("an article record is always serialisable", e);
        }
    }
}
