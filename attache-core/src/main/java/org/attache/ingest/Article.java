package org.attache.ingest;

import java.time.LocalDate;
import java.util.List;

/**
 * One news article as read from an input. {@code published} may be null when the input names no date;
 * {@code dateOrigin} says where the date came from: {@code header} (a text file's header block), {@code meta}
 * (metadata: HTML meta tags, JSON fields, feed entries), {@code dateline} (the article's opening line), {@code cli}
 * (the user's {@code --date}) or {@code none}. {@code sections} mark the parts of {@code text} that are not the
 * article's body (captions, bylines, an editor's note); what they do not cover is body.
 */
public record Article(String id, String source, String url, String title, LocalDate published, String dateOrigin,
                      String text, String input, List<TextSection> sections) {

    public Article {
        sections = sections == null ? List.of() : List.copyOf(sections);
    }

    /** An article that is body from end to end. */
    public Article(String id, String source, String url, String title, LocalDate published, String dateOrigin,
                   String text, String input) {
        this(id, source, url, title, published, dateOrigin, text, input, List.of());
    }

    public Article withPublished(LocalDate date, String origin) {
        return new Article(id, source, url, title, date, origin, text, input, sections);
    }

    public Article withText(String cleanedText, List<TextSection> textSections) {
        return new Article(id, source, url, title, published, dateOrigin, cleanedText, input, textSections);
    }

    /** The role of the text at this character offset: "body", or the role of the section that covers it. */
    public String sectionAt(int offset) {
        for (TextSection section : sections) {
            if (offset >= section.start() && offset < section.end()) {
                return section.role().label();
            }
        }
        return TextSection.Role.BODY.label();
    }
}
