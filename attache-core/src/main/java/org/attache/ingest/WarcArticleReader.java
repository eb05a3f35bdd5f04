package org.attache.ingest;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcResponse;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.util.Locale;
import java.util.Optional;

/**
 * WARC and WARC.gz files (per-record gzip, as Common Crawl News writes them): every {@code response} record with a
 * successful HTML payload becomes one article through {@link HtmlArticleExtractor}; requests, metadata, redirects
 * and non-HTML payloads are passed over.
 *
 * <p>Reads from any {@link InputStream} (a local file, standard input, a Hadoop stream) and holds one record at a
 * time. A record whose HTML is larger than {@link #MAX_RECORD_BYTES} is reported and skipped. A record that is cut
 * off (the file ends early, or its gzip member is damaged) is reported once, naming its byte offset; the articles
 * before it have already gone to the sink, and reading stops there because nothing after it can be located.
 */
public final class WarcArticleReader implements ArticleReader {
    /** Larger HTML pages are not news articles (or are hostile); they are reported and skipped. */
    public static final int MAX_RECORD_BYTES = 8 * 1024 * 1024;

    private final HtmlArticleExtractor extractor = new HtmlArticleExtractor();

    @Override
    public void read(String inputName, InputStream in, ArticleSink sink) throws IOException {
        WarcReader warc;
        try {
            warc = new WarcReader(in);
        } catch (IOException | IllegalArgumentException e) {
            throw new InputRejectedException("not a WARC file: " + e.getMessage());
        }
        long records = 0;
        while (true) {
            long offset = warc.position();
            Optional<WarcRecord> next;
            try {
                next = warc.next();
            } catch (IOException | RuntimeException e) {
                sink.error(new IngestError(inputName, 0, recordFailure(offset, records, e)));
                return;
            }
            if (next.isEmpty()) {
                break;
            }
            records++;
            WarcRecord record = next.get();
            if (!(record instanceof WarcResponse response)) {
                continue;
            }
            try {
                readResponse(inputName, record.position(), response, sink);
            } catch (IOException | RuntimeException e) {
                sink.error(new IngestError(inputName, 0, recordFailure(record.position(), records - 1, e)));
                return;
            }
        }
        if (records == 0) {
            throw new InputRejectedException("no WARC records");
        }
    }

    private void readResponse(String inputName, long offset, WarcResponse response, ArticleSink sink)
            throws IOException {
        if (!response.contentType().base().equals(MediaType.HTTP_RESPONSE.base())) {
            response.body().consume();
            return;
        }
        HttpResponse http = response.http();
        if (http.status() != 200 || !isHtml(http.contentType())) {
            response.body().consume();
            return;
        }
        byte[] html = readCapped(http.bodyDecoded().stream());
        String where = "record at byte " + offset + " (" + response.target() + ")";
        response.body().consume(); // a record cut short fails here, before anything of it reaches the sink
        if (html == null) {
            sink.error(new IngestError(inputName, 0, where + ": HTML larger than "
                    + (MAX_RECORD_BYTES >> 20) + " MB; skipped"));
            return;
        }
        Document page = Jsoup.parse(new ByteArrayInputStream(html), charsetOf(http.contentType()), response.target());
        String id = response.id().toString().replaceFirst("^urn:uuid:", "").replaceFirst("^<|>$", "");
        Article article = extractor.extract(page, id, inputName + "@" + offset, response.target());
        if (article == null) {
            sink.error(new IngestError(inputName, 0, where + ": page has no text"));
            return;
        }
        sink.article(article);
    }

    /** The whole stream, or null when it is longer than the cap. */
    private static byte[] readCapped(InputStream body) throws IOException {
        byte[] bytes = body.readNBytes(MAX_RECORD_BYTES + 1);
        return bytes.length > MAX_RECORD_BYTES ? null : bytes;
    }

    private static boolean isHtml(MediaType type) {
        String base = type.base().toString().toLowerCase(Locale.ROOT);
        return base.equals("text/html") || base.equals("application/xhtml+xml");
    }

    /** The charset the server declared, or null to let jsoup find it in the page (defaulting to UTF-8). */
    private static String charsetOf(MediaType type) {
        String charset = type.parameters().get("charset");
        if (charset == null) {
            return null;
        }
        try {
            return Charset.forName(charset.strip()).name();
        } catch (RuntimeException unknownCharset) {
            return null;
        }
    }

    private static String recordFailure(long offset, long recordIndex, Exception e) {
        String cause = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        String what = e instanceof java.io.EOFException || cause.contains("EOF") || cause.contains("ended")
                ? "truncated record" : "unreadable record";
        return what + " #" + (recordIndex + 1) + " at byte " + offset + " (" + cause
                + "); the records before it were read, the rest of the file is not";
    }
}
