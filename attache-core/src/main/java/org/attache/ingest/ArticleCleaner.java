package org.attache.ingest;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Removes what a scraper leaves around an article and marks the parts that are not its body.
 *
 * <p>Removed lines are overwritten with spaces rather than cut out, so every character offset into the cleaned text
 * is also an offset into the text as read: an event stays traceable to the input. Removed are
 * <ul>
 *   <li>page furniture: short lines that are a widget's label rather than prose ("read more", "post a comment",
 *   "12 comments", "share on ...", "exit/view mobile version", "skip to content", "subscribe", "related articles",
 *   "advertisement", "tags: ...");</li>
 *   <li>licence and copyright footers ("licensed under a Creative Commons ...", "all rights reserved", "©");</li>
 *   <li>paragraphs a scraper repeated: a paragraph of some length whose text already occurred earlier in the
 *   article (whole or as the tail of an earlier paragraph).</li>
 * </ul>
 * Marked (kept and coded, but labelled) are photo captions (a line carrying a photo credit), bylines, and an
 * editor's commentary on a quoted report: from a line opening with an editor marker ("Editor's note:",
 * "WNU Editor:", "Ed. note:") to the end of the article or to the next quoted headline ("Outlet: Headline").
 */
public final class ArticleCleaner {
    /** Page furniture is short; a line longer than this is prose even if it starts like a widget label. */
    private static final int MAX_FURNITURE_WORDS = 12;
    private static final int MAX_FOOTER_WORDS = 40;
    /** Shorter paragraphs ("Yes.", "He declined.") may legitimately recur. */
    private static final int MIN_REPEATED_CHARS = 40;
    /** Beyond this, looking for repeated tails in all earlier text costs more than it saves. */
    private static final int MAX_TEXT_FOR_TAIL_SEARCH = 400_000;

    private static final Pattern FURNITURE = Pattern.compile("(?iu)^[\\p{Punct}\\s«»›»]*(?:"
            + "(?:read|continue reading|see|view|load|show)\\b.{0,30}\\b(?:more|full|all|rest|story|article|comments?)\\b"
            + "|(?:read|see) more\\b|continue reading\\b|keep reading\\b"
            + "|(?:post|leave|add|write|view|show|hide|load|submit)\\s+(?:a\\s+|your\\s+|all\\s+|the\\s+)?"
            + "(?:comments?|reply|replies|responses?)\\b"
            + "|\\d+\\s+(?:comments?|responses?|replies|shares?)\\b"
            + "|no comments?\\b|comments?\\s*(?:\\(\\d+\\)|are closed|:)?\\s*$"
            + "|(?:share|tweet|e-?mail|print|pin|whatsapp|facebook|twitter|linkedin)(?:\\s+(?:this|on|via|article|story|"
            + "page|post))?\\b\\W*$"
            + "|share (?:this|on|via)\\b"
            + "|(?:exit|view|switch to|go to|back to)\\s+(?:the\\s+)?(?:mobile|desktop|full|amp|classic|web)\\s+"
            + "(?:version|site|view|edition)"
            + "|(?:skip|jump|back|return|go)\\s+to\\s+(?:the\\s+)?(?:main\\s+)?(?:content|top|navigation|menu|home)"
            + "|(?:subscribe|sign up|sign in|log ?in|register|follow us|like us|join us|get (?:our|the) newsletter)\\b"
            + "|(?:related|recommended|more|popular|trending|latest|most read|also read|you may also like)\\s*"
            + "(?:articles?|posts?|stories|news|reading|videos?|:|$)"
            + "|(?:advertisement|sponsored(?: content)?|tags?\\s*:|categories\\s*:|filed under\\s*:|topics?\\s*:)"
            + "|(?:previous|next|older|newer)\\s+(?:post|article|story|page)\\b"
            + "|(?:click|tap) here\\b"
            + ")");
    /** A licence or copyright notice; only looked for among an article's last lines, where sites put them. */
    private static final Pattern FOOTER = Pattern.compile("(?iu)(?:©|\\(c\\)\\s*\\d{4}"
            + "|^copyright\\s*(?:©|\\(c\\)|\\d{4})|\\ball rights reserved\\b"
            + "|\\blicen[cs]ed under (?:a |the )?(?:creative commons|cc[ -]by|gnu|mit|apache|open government)"
            + "[\\w\\s.,-]{0,60}?(?:licen[cs]e\\b|\\d\\.\\d)"
            + "|\\b(?:may|must) not be (?:published|reproduced|redistributed|rewritten)\\b)");
    private static final int FOOTER_LINES = 4;
    /** A sentence: up to its final punctuation (and closing quote), within one line. */
    private static final Pattern SENTENCE = Pattern.compile("[^\\s.!?][^\\n.!?]*(?:[.!?]+[\"”’)]?|$)", Pattern.MULTILINE);
    private static final int MIN_REPEATED_SENTENCE_CHARS = 80;
    private static final Pattern SENTENCE_END = Pattern.compile("[.!?][\"”’)]?[\\s\u00a0]+");
    /**
     * A photo credit, as agencies and papers write it at the end of a caption: "AP Photo/B.K. Bangash",
     * "Reuters/Jane Doe", "(AP Photo)", "Getty Images", "Photo: Name". An agency pair in a dateline
     * ("BERLIN (AFP/Reuters) —") is not one: a credit names a photographer or says "Photo".
     */
    private static final Pattern PHOTO_CREDIT = Pattern.compile("(?u)(?:"
            + "\\b(?:AP|AFP|EPA|UPI|Reuters|Xinhua|Anadolu|IRNA|Getty|Photo|Foto)\\s*(?:Photo|Images?|Pictures?)?"
            + "\\s*/\\s*\\p{Lu}(?:\\p{Ll}|\\.)"
            + "|\\((?:[\\p{L} ]{0,20}\\s)?(?:Photo|Photograph|File photo|Getty Images)\\b[^)]{0,60}\\)"
            + "|\\bGetty Images\\b"
            + "|(?i:\\b(?:photo|image|picture|photograph)(?:\\s+credit)?\\s*:\\s*\\p{Lu})"
            + "|(?i:\\b(?:photo|photograph|picture|image)\\s*(?:by|courtesy(?: of)?)\\s+)\\p{Lu}"
            + ")");
    private static final Pattern CREDIT_LABEL = Pattern.compile("(?i)(?:photo|image|picture|photograph)(?:\\s+credit)?\\s*:");
    /** A caption is a sentence or two; a long paragraph that mentions a photo is story. */
    private static final int MAX_CAPTION_WORDS = 60;
    /** The credit closes a caption: it must lie this close to the end of the line. */
    private static final int CREDIT_NEAR_END = 80;
    private static final Pattern BYLINE = Pattern.compile("(?u)^(?:(?i:by|written by|reporting by|posted by|"
            + "story by|words by)\\s+\\p{Lu}[\\p{L}.'’-]*(?:\\s+(?:\\p{Lu}[\\p{L}.'’-]*|and|&|de|van|von|al|bin)){0,6}"
            + "(?:\\s*[,|;-]\\s*.{0,60})?"
            + "|(?i:reporting by|writing by|editing by|additional reporting by)\\b.{0,120})$");
    private static final Pattern EDITOR_NOTE = Pattern.compile("(?u)^[\\[(*\\s]*(?:"
            + "(?i:editor['’]?s['’]?|ed\\.?)\\s*(?i:note|comment|update)\\s*[:.-]"
            + "|(?:\\p{Lu}[\\p{L}.]*\\s+){0,3}(?i:editor)\\s*(?i:['’]?s\\s+(?:note|comment|take))?\\s*:"
            + "|(?i:my|our)\\s+(?i:comment|take|note)\\s*:"
            + ")");
    /** "Outlet: Headline" — a blog opening a quoted report; ends an editor's note that precedes it. */
    private static final Pattern QUOTED_HEADLINE = Pattern.compile(
            "(?u)^\\p{Lu}[\\p{L}.&' ]{1,40}:\\s+\\p{Lu}.{10,200}[^.!?:]$");

    private static final Pattern QUOTED = Pattern.compile("\"[^\"]{1,200}\"|“[^”]{1,200}”");

    /** The cleaned text (same length as the input) and the non-body sections in it, in text order. */
    public record Cleaned(String text, List<TextSection> sections, int removedLines) {
    }

    public Cleaned clean(String text) {
        char[] out = text.toCharArray();
        List<TextSection> sections = new ArrayList<>();
        Set<String> seenParagraphs = new HashSet<>();
        StringBuilder seenText = new StringBuilder();
        boolean searchTails = text.length() <= MAX_TEXT_FOR_TAIL_SEARCH;
        int removed = 0;
        int editorNoteStart = -1;
        int lastKeptEnd = -1;
        int footerZone = startOfLastLines(text, FOOTER_LINES);
        int position = 0;
        while (position < text.length()) {
            int newline = text.indexOf('\n', position);
            int end = newline < 0 ? text.length() : newline;
            int lineEnd = end;
            int footer = position >= footerZone ? footerStart(text, position, end) : -1;
            if (footer >= 0) {
                blank(out, footer, end);
                removed++;
                end = footer;
            }
            String line = text.substring(position, end).strip();
            if (!line.isEmpty()) {
                String normalised = normalise(line);
                int words = wordCount(line);
                boolean furniture = words <= MAX_FURNITURE_WORDS && FURNITURE.matcher(line).find();
                boolean repeated = normalised.length() >= MIN_REPEATED_CHARS && (seenParagraphs.contains(normalised)
                        || (searchTails && seenText.indexOf(normalised) >= 0));
                if (furniture || repeated) {
                    blank(out, position, end);
                    removed++;
                } else {
                    if (editorNoteStart >= 0 && QUOTED_HEADLINE.matcher(line).matches()) {
                        sections.add(new TextSection(editorNoteStart, lastKeptEnd, TextSection.Role.EDITOR_NOTE));
                        editorNoteStart = -1;
                    }
                    if (editorNoteStart < 0 && EDITOR_NOTE.matcher(line).find()) {
                        editorNoteStart = firstNonSpace(text, position);
                    }
                    if (editorNoteStart < 0) {
                        int start = firstNonSpace(text, position);
                        int stop = lastNonSpace(text, end);
                        int caption = captionStart(line, words);
                        if (caption >= 0) {
                            sections.add(new TextSection(text.indexOf(line.substring(caption), start), stop,
                                    TextSection.Role.CAPTION));
                        } else if (isByline(line, words)) {
                            sections.add(new TextSection(start, stop, TextSection.Role.BYLINE));
                        }
                    }
                    lastKeptEnd = lastNonSpace(text, end);
                    seenParagraphs.add(normalised);
                    if (searchTails) {
                        seenText.append(normalised).append('\n');
                    }
                }
            }
            position = lineEnd + 1;
        }
        if (editorNoteStart >= 0 && lastKeptEnd > editorNoteStart) {
            sections.add(new TextSection(editorNoteStart, lastKeptEnd, TextSection.Role.EDITOR_NOTE));
        }
        removed += blankRepeatedSentences(out);
        sections.sort(java.util.Comparator.comparingInt(TextSection::start));
        return new Cleaned(new String(out), sections, removed);
    }

    /**
     * Blanks long sentences that occur a second time (scrapers repeat the end of a story inside one long paragraph
     * too, where the line rule cannot see it). Short sentences ("He declined to comment.") may recur honestly.
     *
     * @return how many were blanked
     */
    private static int blankRepeatedSentences(char[] out) {
        String text = new String(out);
        Set<String> seen = new HashSet<>();
        Matcher sentence = SENTENCE.matcher(text);
        int blanked = 0;
        while (sentence.find()) {
            String normalised = normalise(sentence.group().strip());
            if (normalised.length() < MIN_REPEATED_SENTENCE_CHARS) {
                continue;
            }
            if (!seen.add(normalised)) {
                blank(out, sentence.start(), sentence.end());
                blanked++;
            }
        }
        return blanked;
    }

    /**
     * Where a licence or copyright notice at the end of this line begins (the start of the sentence it is in), or
     * -1. A notice may fill the line or close it ("... five years. All Content by X is licensed under ...").
     */
    private static int footerStart(String text, int lineStart, int lineEnd) {
        String line = text.substring(lineStart, lineEnd);
        Matcher notice = FOOTER.matcher(line);
        if (!notice.find()) {
            return -1;
        }
        int sentenceStart = 0;
        Matcher boundary = SENTENCE_END.matcher(line);
        while (boundary.find() && boundary.end() <= notice.start()) {
            sentenceStart = boundary.end();
        }
        if (wordCount(line.substring(sentenceStart)) > MAX_FOOTER_WORDS) {
            return -1;
        }
        return lineStart + sentenceStart;
    }

    /** Words, counting a quoted title ("0 Responses to "A Long Headline"") as one. */
    private static int wordCount(String line) {
        String unquoted = QUOTED.matcher(line).replaceAll("Q");
        return unquoted.split("\\s+").length;
    }

    /**
     * Where the caption in this line starts, or -1: the whole line when it ends in a credit ("... AP Photo/Name"),
     * else from a "Photo:" label that closes a story paragraph ("... on Saturday. Photo: Agency/Name").
     */
    private static int captionStart(String line, int words) {
        Matcher credit = PHOTO_CREDIT.matcher(line);
        while (credit.find()) {
            boolean nearEnd = line.length() - credit.start() <= CREDIT_NEAR_END;
            if (credit.start() == 0 || nearEnd) {
                if (credit.start() > 0 && CREDIT_LABEL.matcher(line).region(credit.start(), line.length()).lookingAt()) {
                    return credit.start();
                }
                return words <= MAX_CAPTION_WORDS ? 0 : -1;
            }
        }
        return -1;
    }

    /** "By Jane Doe, Reuters" but not "By Friday, the troops had left." */
    private static boolean isByline(String line, int words) {
        if (words > 20 || !BYLINE.matcher(line).matches()) {
            return false;
        }
        boolean creditLine = line.regionMatches(true, 0, "reporting by", 0, 12)
                || line.regionMatches(true, 0, "writing by", 0, 10)
                || line.regionMatches(true, 0, "editing by", 0, 10)
                || line.regionMatches(true, 0, "additional reporting", 0, 20);
        return creditLine || !line.matches("(?s).*[.!?\"”]\\s*$");
    }

    /** Where the last {@code n} non-blank lines of the text begin. */
    private static int startOfLastLines(String text, int n) {
        int end = text.length();
        int found = 0;
        int start = end;
        while (end > 0 && found < n) {
            int newline = text.lastIndexOf('\n', end - 1);
            if (!text.substring(newline + 1, end).isBlank()) {
                found++;
                start = newline + 1;
            }
            end = Math.max(newline, 0);
            if (newline < 0) {
                break;
            }
        }
        return start;
    }

    private static void blank(char[] out, int start, int end) {
        for (int i = start; i < end; i++) {
            if (out[i] != '\r') {
                out[i] = ' ';
            }
        }
    }

    private static String normalise(String line) {
        return line.replace('\u00a0', ' ').replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }

    private static int firstNonSpace(String text, int from) {
        int i = from;
        while (i < text.length() && Character.isWhitespace(text.charAt(i)) && text.charAt(i) != '\n') {
            i++;
        }
        return i;
    }

    private static int lastNonSpace(String text, int end) {
        int i = end;
        while (i > 0 && Character.isWhitespace(text.charAt(i - 1)) && text.charAt(i - 1) != '\n') {
            i--;
        }
        return i;
    }
}
