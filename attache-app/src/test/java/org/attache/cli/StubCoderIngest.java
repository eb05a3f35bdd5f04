package org.attache.cli;

import org.attache.events.CameoCodebook;
import org.attache.events.CodedEvent;
import org.attache.events.Modality;
import org.attache.ingest.Article;
import org.attache.store.Fixtures;
import picocli.CommandLine;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code attache ingest} with a stand-in for CoreNLP, run as its own JVM by {@link KilledIngestTest}: the real command,
 * readers and store, with events read from lines like {@code USA>PAK:042} in the article text, dated at the article's
 * date, and {@code -Dattache.stub.sleep=MS} of pretend coding per article.
 */
public final class StubCoderIngest {
    private static final Pattern EVENT = Pattern.compile("([A-Z]{3,6})>([A-Z]{3,6}):(\\d{3,4})");
    private static final CameoCodebook CODEBOOK = CameoCodebook.bundled();

    private StubCoderIngest() {
    }

    public static List<CodedEvent> code(Article article) {
        long sleep = Long.getLong("attache.stub.sleep", 0);
        if (sleep > 0) {
            try {
                Thread.sleep(sleep);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        List<CodedEvent> events = new ArrayList<>();
        Matcher m = EVENT.matcher(article.text());
        int n = 0;
        while (m.find()) {
            n++;
            events.add(Fixtures.codedEvent(article.id() + "-s0-e" + n, m.group(1), m.group(2),
                    CODEBOOK.get(m.group(3)), article.published(), Modality.ASSERTED, "trigger"));
        }
        return events;
    }

    static CommandLine commandLine() {
        return new CommandLine(new IngestCommand(StubCoderIngest::code)).setCaseInsensitiveEnumValuesAllowed(true);
    }

    public static void main(String[] args) {
        System.exit(commandLine().execute(args));
    }
}
