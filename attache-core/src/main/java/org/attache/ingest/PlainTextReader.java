package org.attache.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Plain text with an optional header block of {@code Title:}, {@code Date:}, {@code Source:}, {@code URL:} lines
 * (and {@code ID:}) followed by a blank line. The header is kept out of the article text; offsets count from the
 * first character of the body.
 */
public final class PlainTextReader implements ArticleReader {
    private static final Pattern HEADER_LINE = Pattern.compile("(?i)^(title|date|source|url|id):[ \\t]*(.*)$");

    @Override
    public void read(String inputName, InputStream in, ArticleSink sink) throws IOException {
        String content = TextDecoder.decode(readCapped(in, IngestLimits.MAX_ARTICLE_BYTES));
        Map<String, String> header = new LinkedHashMap<>();
        String body = splitHeader(content, header);
        if (body.isBlank()) {
            throw new InputRejectedException("no article text");
        }
        LocalDate date = null;
        String origin = "none";
        String dateText = header.get("date");
        if (dateText != null && !dateText.isBlank()) {
            date = DateParsing.parseDate(dateText);
            if (date == null) {
                throw new InputRejectedException("header Date: '" + dateText + "' is not a date (use YYYY-MM-DD)", 0);
            }
            origin = "header";
        }
        String id = header.getOrDefault("id", ArticleIds.fromInputName(inputName));
        sink.article(new Article(id, header.get("source"), header.get("url"), header.get("title"), date, origin,
                body, inputName));
    }

    /**
     * All of a one-article input, reading no more than one byte past the cap.
     *
     * @throws InputRejectedException when the input is longer than the cap
     */
    static byte[] readCapped(InputStream in, int cap) throws IOException {
        byte[] bytes = in.readNBytes(cap + 1);
        if (bytes.length > cap) {
            throw new InputRejectedException("larger than " + IngestLimits.megabytes(cap)
                    + " (the cap for one article); not read");
        }
        return bytes;
    }

    static String splitHeader(String content, Map<String, String> header) {
        int position = 0;
        int headerEnd = -1;
        while (position < content.length()) {
            int newline = content.indexOf('\n', position);
            int lineEnd = newline < 0 ? content.length() : newline;
            String line = content.substring(position, lineEnd).replace("\r", "");
            int next = newline < 0 ? content.length() : newline + 1;
            if (line.isBlank()) {
                if (!header.isEmpty()) {
                    headerEnd = next;
                }
                break;
            }
            Matcher m = HEADER_LINE.matcher(line);
            if (!m.matches()) {
                break;
            }
            header.put(m.group(1).toLowerCase(Locale.ROOT), m.group(2).strip());
            position = next;
            if (newline < 0) {
                headerEnd = next;
            }
        }
        if (headerEnd < 0) {
            header.clear();
            return content;
        }
        return content.substring(headerEnd);
    }
}
