package org.attache.ingest;

import java.util.Locale;

/** A span of an article's text, {@code [start, end)}, that plays another role than the article's body. */
public record TextSection(int start, int end, Role role) {

    public enum Role {
        BODY, CAPTION, BYLINE, EDITOR_NOTE;

        /** The name used in output records: body, caption, byline, editor_note. */
        public String label() {
            return name().toLowerCase(Locale.ROOT);
        }
    }
}
