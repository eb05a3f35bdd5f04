package org.attache.cli;

import org.attache.store.Store;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An ingest killed with SIGKILL mid-run and run again: everything committed before the kill is kept, nothing is stored
 * twice, and the second run skips what is stored and codes the rest. The ingest runs in its own JVM (the real command
 * and store, with a stand-in for CoreNLP so that the test takes seconds).
 */
class KilledIngestTest {
    private static final int ARTICLES = 150;
    private static final Pattern COMMITTED = Pattern.compile("; (\\d+) stored in this run");
    private static final Pattern SKIPPED = Pattern.compile("(\\d+) already stored, skipped");

    @Test
    void aKilledIngestResumesWithNothingLostAndNothingDoubled(@TempDir Path dir) throws Exception {
        Path feed = dir.resolve("feed.jsonl");
        long expectedMentions = writeFeed(feed);
        Path db = dir.resolve("killed.duckdb");

        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx512m", "-Dattache.stub.sleep=40", "-cp", testClassPath(), StubCoderIngest.class.getName(),
                "--db", db.toString(), "--batch", "5", "--batch-seconds", "60", "--verbose",
                "--pipeline-version", "stub-1", feed.toString()));
        Process child = new ProcessBuilder(command).redirectErrorStream(true).start();
        AtomicInteger committed = new AtomicInteger();
        CountDownLatch enough = new CountDownLatch(1);
        List<String> output = Collections.synchronizedList(new ArrayList<>());
        Thread reader = new Thread(() -> {
            try (BufferedReader lines = new BufferedReader(new InputStreamReader(child.getInputStream(),
                    StandardCharsets.UTF_8))) {
                String line;
                while ((line = lines.readLine()) != null) {
                    output.add(line);
                    Matcher m = COMMITTED.matcher(line);
                    if (m.find()) {
                        committed.set(Integer.parseInt(m.group(1)));
                        if (committed.get() >= 20) {
                            enough.countDown();
                        }
                    }
                }
            } catch (java.io.IOException e) {
                // the child was killed
            }
        });
        reader.start();
        boolean reached = enough.await(60, TimeUnit.SECONDS);
        child.destroyForcibly(); // SIGKILL: no shutdown hooks, no clean close of the store
        child.waitFor(30, TimeUnit.SECONDS);
        reader.join(5000);
        assertThat(reached).as("the child committed 20 articles; its output: %s", output).isTrue();
        assertThat(output).as("killed before the end").noneMatch(l -> l.startsWith("attache: stored"));
        int committedBeforeKill = committed.get();
        assertThat(committedBeforeKill).isLessThan(ARTICLES);

        StringWriter err = new StringWriter();
        int exit = StubCoderIngest.commandLine().setErr(new PrintWriter(err, true)).setOut(new PrintWriter(new StringWriter()))
                .execute("--db", db.toString(), "--pipeline-version", "stub-1", feed.toString());
        assertThat(exit).as(err.toString()).isZero();
        Matcher skipped = SKIPPED.matcher(err.toString());
        assertThat(skipped.find()).as(err.toString()).isTrue();
        int resumedFrom = Integer.parseInt(skipped.group(1));
        assertThat(resumedFrom).as("everything committed before the kill is still there").isGreaterThanOrEqualTo(
                committedBeforeKill);
        assertThat(err.toString()).contains("stored " + (ARTICLES - resumedFrom) + " article");

        try (Store store = Store.openForReading(db)) {
            assertThat(store.count("SELECT count(*) FROM articles")).isEqualTo(ARTICLES);
            assertThat(store.count("SELECT count(DISTINCT article_key) FROM articles")).isEqualTo(ARTICLES);
            assertThat(store.count("SELECT count(*) FROM mentions")).isEqualTo(expectedMentions);
            assertThat(store.count("SELECT count(*) FROM (SELECT DISTINCT article, record_id FROM mentions)"))
                    .isEqualTo(expectedMentions);
            assertThat(store.count("SELECT sum(num_mentions) FROM events")).isEqualTo(expectedMentions);
            assertThat(store.count("SELECT count(*) FROM articles a WHERE num_mentions <>"
                    + " (SELECT count(*) FROM mentions m WHERE m.article = a.id)")).isZero();
            assertThat(store.count("SELECT count(*) FROM events e WHERE num_mentions <>"
                    + " (SELECT count(*) FROM mentions m WHERE m.event = e.id)")).isZero();
            // each day's meeting is one event reported by every article of that day
            assertThat(store.count("SELECT max(num_articles) FROM events WHERE cameo = '042'")).isEqualTo(10);
        }
        // and a third run adds nothing
        StringWriter third = new StringWriter();
        StubCoderIngest.commandLine().setErr(new PrintWriter(third, true))
                .execute("--db", db.toString(), "--pipeline-version", "stub-1", feed.toString());
        assertThat(third.toString()).contains("stored 0 articles").contains(ARTICLES + " already stored");
    }

    /** 150 articles on 15 days three days apart: each reports the day's visit and one or two events of its own. */
    private static long writeFeed(Path feed) throws Exception {
        StringBuilder lines = new StringBuilder();
        long mentions = 0;
        for (int i = 0; i < ARTICLES; i++) {
            LocalDate day = LocalDate.of(2024, 1, 1).plusDays(3L * (i / 10)); // days further apart than the window
            String text = "Story " + i + ". PAKGOV>USAGOV:042 happened. " + (i % 2 == 0 ? "USA>PAK:111 too. " : "")
                    + "IND>PAK:190 on " + i + ".";
            mentions += i % 2 == 0 ? 3 : 2;
            lines.append("{\"id\":\"story-").append(i).append("\",\"url\":\"https://news.example/").append(i)
                    .append("\",\"source\":\"Outlet ").append(i % 7).append("\",\"published\":\"").append(day)
                    .append("\",\"text\":\"").append(text).append("\"}\n");
        }
        Files.writeString(feed, lines.toString());
        return mentions;
    }

    static String testClassPath() {
        String surefire = System.getProperty("surefire.test.class.path");
        return surefire != null && !surefire.isBlank() ? surefire : System.getProperty("java.class.path");
    }
}
