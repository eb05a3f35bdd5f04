package org.attache.web;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * Escaping for the server-rendered pages. Article text, titles, URLs and actor names are untrusted: every value that
 * reaches a page goes through {@link #text} (element content and quoted attribute values alike), URLs from articles
 * through {@link #href} as well.
 */
final class Html {
    private Html() {
    }

    /** The value with {@code & < > " '} replaced by character references; null becomes the empty string. */
    static String text(Object value) {
        if (value == null) {
            return "";
        }
        String s = value.toString();
        StringBuilder out = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    /** A query-string or path component. */
    static String url(String value) {
        return URLEncoder.encode(value == null ? "" : value, StandardCharsets.UTF_8).replace("+", "%20");
    }

    /** An article's URL fit for an href: only http and https (no javascript:, data:...); null otherwise. */
    static String href(String url) {
        if (url == null) {
            return null;
        }
        String u = url.strip();
        String lower = u.toLowerCase(Locale.ROOT);
        if (!(lower.startsWith("http://") || lower.startsWith("https://")) || u.chars().anyMatch(Character::isWhitespace)) {
            return null;
        }
        return u;
    }

    /** A Goldstein score or other decimal as shown on pages. */
    static String number(Double value) {
        return value == null ? "–" : String.format(Locale.ROOT, "%.2f", value);
    }
}
