package org.attache.evaluation;

import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;
import org.xml.sax.ErrorHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads PETRARCH-2 unit-test records ({@code petrarch2-PETR.UnitTest.records.xml}): {@code <Sentence date id
 * category sentence>} elements, each with {@code <EventCoding>} children, a {@code <Text>} and a {@code <Parse>}
 * (not used: the text is parsed by our own pipeline).
 *
 * <p>An {@code <EventCoding>} is either {@code sourcecode targetcode eventcode} (an expected event; a record may have
 * several), {@code noevents="True"} (no event expected; a record without any {@code <EventCoding>} means the same)
 * or {@code error="..."} (PETRARCH is expected to reject the input). Codes are kept as written, upper-cased; an
 * empty actor code is the placeholder {@code ---} (no actor), as PETRARCH writes it.
 *
 * <p>Robustness: every record is parsed on its own by the JDK's DOM parser, so an undefined entity, a stray
 * {@code <} or an unclosed element spoils only its own record. The reader finds the records by their
 * {@code <Sentence>} and {@code </Sentence>} tags outside comments and CDATA sections; an internal DTD subset of the
 * file, if any, is given to each record so that the entities it declares still resolve. Records that cannot be used
 * (not well-formed, no id, no or an unreadable date, no text, an {@code <EventCoding>} without its
 * codes, expected events mixed with "no events" or an error) are returned as {@link PetrarchRecords.Bad} with their
 * line, never thrown. A repeated id does not spoil a record: the later record is kept as {@code ID@LINE} and a note
 * says so. External entities and DTDs are not loaded.
 */
public final class PetrarchRecordsReader implements GoldReader {
    /** The Validate actor and agent dictionaries, looked for beside the records file. */
    public static final List<String> DEFAULT_DICTIONARIES =
            List.of("petrarch2-PETR.Validate.actors.txt", "petrarch2-PETR.Validate.agents.txt");

    private static final String OPEN = "<Sentence";
    private static final String CLOSE = "</Sentence";
    private static final String NONE = "---";
    private static final DateTimeFormatter YYYYMMDD = DateTimeFormatter.BASIC_ISO_DATE;
    private static final Pattern ID = Pattern.compile("\\bid\\s*=\\s*([\"'])(.*?)\\1", Pattern.DOTALL);
    private static final Pattern DOCTYPE = Pattern.compile("<!DOCTYPE\\s+[^\\[>]*\\[(.*?)]\\s*>", Pattern.DOTALL);

    /** The default dictionaries for a records file: {@link #DEFAULT_DICTIONARIES} in the same folder. */
    public static List<Path> defaultDictionaries(Path records) {
        Path folder = records.toAbsolutePath().normalize().getParent();
        return DEFAULT_DICTIONARIES.stream().map(folder::resolve).toList();
    }

    /** The good records as sentences; bad records are left out (use {@link #readRecords} to see them). */
    @Override
    public List<GoldSentence> read(Reader in, String name) throws IOException {
        return readRecords(in, name).sentences();
    }

    public PetrarchRecords readRecords(Path file) throws IOException {
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return readRecords(in, file.getFileName().toString());
        }
    }

    /**
     * @throws GoldFormatException when the text holds no {@code <Sentence>} record at all
     */
    public PetrarchRecords readRecords(Reader in, String name) throws IOException {
        StringBuilder buffer = new StringBuilder();
        char[] chunk = new char[8192];
        int n;
        while ((n = in.read(chunk)) > 0) {
            buffer.append(chunk, 0, n);
        }
        return parse(buffer.toString(), name);
    }

    private PetrarchRecords parse(String text, String name) {
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        Lines lines = new Lines(text);
        List<String> notes = new ArrayList<>();
        String wholeError = wellFormedness(text);
        if (wholeError != null) {
            notes.add("the file is not well-formed XML as a whole (" + wholeError + "); each record was read on its own");
        }
        String prefix = "";
        int firstRecord = text.indexOf(OPEN);
        Matcher doctype = DOCTYPE.matcher(firstRecord < 0 ? text : text.substring(0, firstRecord));
        if (doctype.find()) {
            prefix = "<!DOCTYPE Sentence [" + doctype.group(1) + "]>";
        }
        int prefixLines = (int) prefix.chars().filter(c -> c == '\n').count();

        List<PetrarchRecord> records = new ArrayList<>();
        List<PetrarchRecords.Bad> bad = new ArrayList<>();
        Map<String, Integer> seen = new HashMap<>();
        List<String> repeated = new ArrayList<>();
        int implicit = 0;
        int found = 0;
        int at = next(text, 0, true);
        while (at >= 0) {
            found++;
            int line = lines.at(at);
            int end = next(text, at + OPEN.length(), false);
            boolean closed = end >= 0 && text.startsWith(CLOSE, end);
            int stop;
            if (closed) {
                int gt = text.indexOf('>', end);
                stop = gt < 0 ? text.length() : gt + 1;
            } else {
                stop = end < 0 ? text.length() : end;
            }
            String source = text.substring(at, stop);
            String id = idOf(source);
            if (!closed) {
                bad.add(new PetrarchRecords.Bad(id, line, "<Sentence> is not closed before "
                        + (end < 0 ? "the end of the file" : "the next <Sentence> (line " + lines.at(end) + ")")));
            } else {
                try {
                    Element element = dom(prefix + source);
                    PetrarchRecord record = record(element, line);
                    Integer first = seen.putIfAbsent(record.id(), line);
                    if (first != null) { // both are records: the later one gets an id of its own
                        String unique = record.id() + "@" + line;
                        repeated.add(record.id() + " (lines " + first + " and " + line + ", the later kept as " + unique
                                + ")");
                        record = new PetrarchRecord(unique, record.category(), record.date(), record.text(),
                                record.sentence(), record.expected(), record.codings(), record.error(), line);
                        seen.put(unique, line);
                    }
                    if (record.expected() == PetrarchRecord.Expected.NO_EVENT && !hasChild(element, "EventCoding")) {
                        implicit++;
                    }
                    records.add(record);
                } catch (SAXParseException e) {
                    int errorLine = line + Math.max(0, e.getLineNumber() - 1 - prefixLines);
                    bad.add(new PetrarchRecords.Bad(id, line, "not well-formed XML at line " + errorLine + ": "
                            + message(e)));
                } catch (SAXException e) {
                    bad.add(new PetrarchRecords.Bad(id, line, "not well-formed XML: " + message(e)));
                } catch (BadRecord e) {
                    bad.add(new PetrarchRecords.Bad(e.id != null ? e.id : id, line, e.getMessage()));
                }
            }
            at = closed ? next(text, stop, true) : end;
        }
        if (found == 0) {
            throw new GoldFormatException(name + ": no <Sentence> records (is this a PETRARCH records file?)");
        }
        if (!repeated.isEmpty()) {
            notes.add("repeated ids: " + String.join("; ", repeated));
        }
        if (implicit > 0) {
            notes.add(implicit + " record" + (implicit == 1 ? "" : "s") + " without <EventCoding> read as expecting no"
                    + " event");
        }
        return new PetrarchRecords(name, records, bad, notes);
    }

    /** A record that is well-formed but cannot be used. */
    private static final class BadRecord extends Exception {
        final String id;

        BadRecord(String id, String reason) {
            super(reason, null, false, false);
            this.id = id;
        }
    }

    private static PetrarchRecord record(Element sentence, int line) throws BadRecord {
        String id = attribute(sentence, "id");
        if (id == null || id.isBlank()) {
            throw new BadRecord(null, "no id attribute");
        }
        id = id.strip();
        String dateText = attribute(sentence, "date");
        if (dateText == null || dateText.isBlank()) {
            throw new BadRecord(id, "no date attribute");
        }
        LocalDate date;
        try {
            date = LocalDate.parse(dateText.strip(), YYYYMMDD);
        } catch (DateTimeParseException e) {
            throw new BadRecord(id, "date '" + dateText + "' is not a yyyymmdd date");
        }
        String category = attribute(sentence, "category");
        category = category == null || category.isBlank() ? "(none)" : category.strip();
        String flag = attribute(sentence, "sentence");
        boolean isSentence = flag == null || !flag.strip().equalsIgnoreCase("false");

        List<Element> texts = children(sentence, "Text");
        if (texts.isEmpty()) {
            throw new BadRecord(id, "no <Text>");
        }
        if (texts.size() > 1) {
            throw new BadRecord(id, texts.size() + " <Text> elements");
        }
        String text = texts.get(0).getTextContent().replaceAll("\\s+", " ").strip();
        if (text.isEmpty()) {
            throw new BadRecord(id, "empty <Text>");
        }

        Set<PetrarchRecord.Coding> codings = new LinkedHashSet<>();
        boolean noEvents = false;
        String error = null;
        for (Element coding : children(sentence, "EventCoding")) {
            String none = attribute(coding, "noevents");
            String err = attribute(coding, "error");
            if (none != null) {
                if (!none.strip().equalsIgnoreCase("true")) {
                    throw new BadRecord(id, "<EventCoding noevents=\"" + none + "\">: only True is meaningful");
                }
                noEvents = true;
            } else if (err != null) {
                error = err.strip().isEmpty() ? "(unnamed)" : err.strip();
            } else {
                String event = attribute(coding, "eventcode");
                String source = attribute(coding, "sourcecode");
                String target = attribute(coding, "targetcode");
                if (event == null || event.isBlank()) {
                    throw new BadRecord(id, "an <EventCoding> without eventcode (" + describe(coding) + ")");
                }
                if (source == null || target == null) {
                    throw new BadRecord(id, "an <EventCoding> without " + (source == null ? "sourcecode" : "targetcode")
                            + " (" + describe(coding) + ")");
                }
                codings.add(new PetrarchRecord.Coding(actorCode(source), actorCode(target),
                        event.strip().toUpperCase(Locale.ROOT)));
            }
        }
        List<String> kinds = new ArrayList<>();
        if (!codings.isEmpty()) {
            kinds.add("events");
        }
        if (noEvents) {
            kinds.add("no events");
        }
        if (error != null) {
            kinds.add("an error");
        }
        if (kinds.size() > 1) {
            throw new BadRecord(id, "expects " + String.join(" and ", kinds) + " at once");
        }
        PetrarchRecord.Expected expected = !codings.isEmpty() ? PetrarchRecord.Expected.EVENTS
                : error != null ? PetrarchRecord.Expected.ERROR : PetrarchRecord.Expected.NO_EVENT;
        return new PetrarchRecord(id, category, date, text, isSentence, expected, List.copyOf(codings), error, line);
    }

    /** An actor code as written, upper-cased; empty is PETRARCH's placeholder for no actor, {@code ---}. */
    static String actorCode(String code) {
        String stripped = code.strip();
        return stripped.isEmpty() ? NONE : stripped.toUpperCase(Locale.ROOT);
    }

    private static String describe(Element element) {
        NamedNodeMap attributes = element.getAttributes();
        List<String> parts = new ArrayList<>();
        for (int i = 0; i < attributes.getLength(); i++) {
            Node a = attributes.item(i);
            parts.add(a.getNodeName() + "=\"" + a.getNodeValue() + "\"");
        }
        return parts.isEmpty() ? "no attributes" : String.join(" ", parts);
    }

    private static String attribute(Element element, String name) {
        return element.hasAttribute(name) ? element.getAttribute(name) : null;
    }

    private static List<Element> children(Element parent, String tag) {
        List<Element> found = new ArrayList<>();
        for (Node child = parent.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (child instanceof Element e && e.getTagName().equals(tag)) {
                found.add(e);
            }
        }
        return found;
    }

    private static boolean hasChild(Element parent, String tag) {
        return !children(parent, tag).isEmpty();
    }

    private static String idOf(String source) {
        int gt = source.indexOf('>');
        Matcher m = ID.matcher(gt < 0 ? source : source.substring(0, gt));
        return m.find() && !m.group(2).isBlank() ? m.group(2).strip() : null;
    }

    /**
     * The offset of the next {@code <Sentence} start tag (or, when {@code startOnly} is false, of the next
     * {@code </Sentence} end tag or start tag, whichever comes first) at or after {@code from}, outside comments and
     * CDATA sections; -1 when there is none.
     */
    private static int next(String text, int from, boolean startOnly) {
        int i = from;
        int n = text.length();
        while (i < n) {
            int lt = text.indexOf('<', i);
            if (lt < 0) {
                return -1;
            }
            if (text.startsWith("<!--", lt)) {
                int close = text.indexOf("-->", lt + 4);
                if (close < 0) {
                    return -1;
                }
                i = close + 3;
            } else if (text.startsWith("<![CDATA[", lt)) {
                int close = text.indexOf("]]>", lt + 9);
                if (close < 0) {
                    return -1;
                }
                i = close + 3;
            } else if (isTag(text, lt, OPEN) || !startOnly && isTag(text, lt, CLOSE)) {
                return lt;
            } else {
                i = lt + 1;
            }
        }
        return -1;
    }

    private static boolean isTag(String text, int at, String tag) {
        if (!text.startsWith(tag, at)) {
            return false;
        }
        int after = at + tag.length();
        if (after >= text.length()) {
            return true;
        }
        char c = text.charAt(after);
        return Character.isWhitespace(c) || c == '>' || c == '/';
    }

    private static Element dom(String xml) throws SAXException {
        try {
            Document document = builder().parse(new InputSource(new StringReader(xml)));
            return document.getDocumentElement();
        } catch (IOException e) {
            throw new SAXException(e.getMessage(), e); // a StringReader does not fail; kept for the signature
        }
    }

    /** Null when the whole text parses as one XML document, else where and why it does not. */
    private static String wellFormedness(String text) {
        try {
            builder().parse(new InputSource(new StringReader(text)));
            return null;
        } catch (SAXParseException e) {
            return "line " + e.getLineNumber() + ": " + message(e);
        } catch (SAXException | IOException e) {
            return message(e);
        }
    }

    private static String message(Exception e) {
        String message = e.getMessage();
        return message == null ? e.getClass().getSimpleName() : message.strip();
    }

    /** A non-validating DOM parser that loads no external entity or DTD and reports errors only by throwing. */
    private static DocumentBuilder builder() {
        try {
            // the JDK's own parser, even when another JAXP implementation (CoreNLP brings Xerces) is on the class path
            DocumentBuilderFactory factory = DocumentBuilderFactory.newDefaultInstance();
            factory.setNamespaceAware(false);
            factory.setValidating(false);
            factory.setXIncludeAware(false);
            factory.setExpandEntityReferences(true);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            setIfKnown(factory, "http://xml.org/sax/features/external-general-entities", false);
            setIfKnown(factory, "http://xml.org/sax/features/external-parameter-entities", false);
            setIfKnown(factory, "http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
            factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
            DocumentBuilder builder = factory.newDocumentBuilder();
            builder.setErrorHandler(new ErrorHandler() { // the default handler prints to stderr
                @Override
                public void warning(SAXParseException e) {
                }

                @Override
                public void error(SAXParseException e) {
                }

                @Override
                public void fatalError(SAXParseException e) throws SAXException {
                    throw e;
                }
            });
            return builder;
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException("the JDK's XML parser cannot be configured", e);
        }
    }

    private static void setIfKnown(DocumentBuilderFactory factory, String feature, boolean value) {
        try {
            factory.setFeature(feature, value);
        } catch (ParserConfigurationException e) {
            // another parser implementation: external entities stay governed by FEATURE_SECURE_PROCESSING
        }
    }

    /** Line numbers (1-based) of character offsets. */
    private static final class Lines {
        private final int[] starts;

        Lines(String text) {
            int[] found = new int[64];
            int count = 0;
            found[count++] = 0;
            for (int i = 0; i < text.length(); i++) {
                if (text.charAt(i) == '\n') {
                    if (count == found.length) {
                        found = Arrays.copyOf(found, count * 2);
                    }
                    found[count++] = i + 1;
                }
            }
            starts = Arrays.copyOf(found, count);
        }

        int at(int offset) {
            int index = Arrays.binarySearch(starts, offset);
            return (index >= 0 ? index : -index - 2) + 1;
        }
    }
}
