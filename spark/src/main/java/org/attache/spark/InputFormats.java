package org.attache.spark;

import org.attache.ingest.ArticleReader;
import org.attache.ingest.HtmlReader;
import org.attache.ingest.JsonLinesReader;
import org.attache.ingest.PlainTextReader;
import org.attache.ingest.WarcArticleReader;

import java.util.Locale;

/**
 * Which attache-core reader reads a file, by its name as {@code attache ingest} chooses (.txt/.text, .html/.htm/.xhtml,
 * .jsonl/.ndjson, .warc/.warc.gz), plus gzip-compressed JSONL and text ({@code .jsonl.gz}, {@code .txt.gz}), which
 * archives on distributed file systems usually are.
 */
final class InputFormats {
    private InputFormats() {
    }

    /** The reader for a file found in a directory, or null when the directory listing passes it over. */
    static ArticleReader readerFor(String fileName) {
        String name = fileName.toLowerCase(Locale.ROOT);
        if (name.endsWith(".warc") || name.endsWith(".warc.gz")) {
            return new WarcArticleReader(); // decompresses WARC.gz member by member itself
        }
        name = uncompressedName(name);
        if (name.endsWith(".txt") || name.endsWith(".text")) {
            return new PlainTextReader();
        }
        if (name.endsWith(".html") || name.endsWith(".htm") || name.endsWith(".xhtml")) {
            return new HtmlReader();
        }
        if (name.endsWith(".jsonl") || name.endsWith(".ndjson")) {
            return new JsonLinesReader();
        }
        return null;
    }

    /** A file named explicitly is read whatever its name: as plain text when nothing else fits (as ingest does). */
    static ArticleReader readerForNamedFile(String fileName) {
        ArticleReader reader = readerFor(fileName);
        return reader != null ? reader : new PlainTextReader();
    }

    /** Whether the reader gets the stream through a gzip decoder (WARC.gz is decoded by the WARC reader). */
    static boolean gzipped(String fileName) {
        String name = fileName.toLowerCase(Locale.ROOT);
        return name.endsWith(".gz") && !name.endsWith(".warc.gz");
    }

    /** Readers that hold a whole file in memory get at most this much, as in {@code attache ingest}. */
    static boolean streams(ArticleReader reader) {
        return reader instanceof JsonLinesReader || reader instanceof WarcArticleReader;
    }

    private static String uncompressedName(String name) {
        return name.endsWith(".gz") ? name.substring(0, name.length() - 3) : name;
    }
}
