package org.attache.nlp;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

class ParseCacheTest {

    private static ParsedDocument fixture() throws IOException {
        try (InputStream in = ParseCacheTest.class.getResourceAsStream("/parses/attribution-pronouns.conllu")) {
            return ConlluReader.read(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }
    }

    @Test
    void secondParseOfTheSameTextComesFromTheCacheUnchanged(@TempDir Path dir) throws IOException {
        ParsedDocument document = fixture();
        AtomicInteger parses = new AtomicInteger();
        SentenceParser counting = (text, date) -> {
            parses.incrementAndGet();
            return document;
        };
        ParseCache cache = new ParseCache(dir, () -> counting);
        LocalDate date = LocalDate.of(2021, 3, 4);
        ParsedDocument first = cache.parse(document.text(), date);
        ParsedDocument second = new ParseCache(dir, () -> counting).parse(document.text(), date);
        assertThat(parses.get()).isEqualTo(1);
        assertThat(first).isSameAs(document);
        assertThat(ConlluWriter.write(second)).isEqualTo(ConlluWriter.write(document));
        assertThat(second.sentences().get(1).tokens()).isEqualTo(document.sentences().get(1).tokens());
        // another date is another entry
        new ParseCache(dir, () -> counting).parse(document.text(), null);
        assertThat(parses.get()).isEqualTo(2);
    }

    @Test
    void unreadableEntryIsParsedAgain(@TempDir Path dir) throws IOException {
        ParsedDocument document = fixture();
        AtomicInteger parses = new AtomicInteger();
        ParseCache cache = new ParseCache(dir, () -> (text, date) -> {
            parses.incrementAndGet();
            return document;
        });
        cache.parse(document.text(), null);
        try (var files = Files.list(dir)) {
            Files.writeString(files.findFirst().orElseThrow(), "attache-parse 1\nS\t0\t0\tbroken\n");
        }
        assertThat(ConlluWriter.write(cache.parse(document.text(), null))).isEqualTo(ConlluWriter.write(document));
        assertThat(parses.get()).isEqualTo(2);
    }
}
