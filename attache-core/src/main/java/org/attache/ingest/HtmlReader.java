package org.attache.ingest;

import org.jsoup.Jsoup;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A saved HTML page, what is kept of it being {@link HtmlArticleExtractor}'s business. The page is read as UTF-8
 * unless its {@code <meta charset>} names another encoding (older sites save windows-1252 or Latin-1 pages); a page
 * that is neither valid UTF-8 nor declares its encoding is refused, like any text input.
 */
public final class HtmlReader implements ArticleReader {
    private static final Pattern META_CHARSET = Pattern.compile(
            "(?i)<meta[^>]{0,200}?charset\\s*=\\s*[\"']?([A-Za-z0-9_:.-]{1,40})");
    private static final int CHARSET_SNIFF_BYTES = 4096;

    private final HtmlArticleExtractor extractor = new HtmlArticleExtractor();

    @Override
    public void read(String inputName, InputStream in, ArticleSink sink) throws IOException {
        String html = decode(PlainTextReader.readCapped(in, IngestLimits.MAX_PAGE_BYTES));
        Article article = extractor.extract(Jsoup.parse(html), ArticleIds.fromInputName(inputName), inputName, null);
        if (article == null) {
            throw new InputRejectedException("HTML page has no text");
        }
        sink.article(article);
    }

    private static String decode(byte[] bytes) {
        try {
            return TextDecoder.decode(bytes);
        } catch (InputRejectedException notUtf8) {
            Charset declared = declaredCharset(bytes);
            if (declared == null || declared.equals(StandardCharsets.UTF_8) || TextDecoder.looksBinary(bytes)) {
                throw notUtf8;
            }
            return new String(bytes, declared);
        }
    }

    private static Charset declaredCharset(byte[] bytes) {
        String head = new String(bytes, 0, Math.min(bytes.length, CHARSET_SNIFF_BYTES), StandardCharsets.ISO_8859_1);
        Matcher m = META_CHARSET.matcher(head);
        if (!m.find()) {
            return null;
        }
        try {
            return Charset.forName(m.group(1));
        } catch (RuntimeException unknown) {
            return null;
        }
    }
}
