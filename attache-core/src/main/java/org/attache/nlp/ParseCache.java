package org.attache.nlp;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.function.Supplier;

/**
 * A parser that keeps every parse in a directory, one file per (text, date), named by their SHA-256, so that
 * re-running the coder over the same texts (evaluation while the lexicon changes) skips CoreNLP. The real parser is
 * created only when a text is not cached yet, so a fully cached run never loads the models.
 *
 * <p>Each file holds the project's own sentence model, not CoNLL-U, because the coder also needs character offsets,
 * entity spans and resolved dates. A file that cannot be read (truncated, another version) is parsed again and
 * replaced. Files are written to a temporary name and moved into place, so concurrent threads never read half a file.
 */
public final class ParseCache implements SentenceParser {
    private static final String MAGIC = "attache-parse 1";

    private final Path directory;
    private final Supplier<SentenceParser> parserFactory;
    private volatile SentenceParser parser;

    public ParseCache(Path directory, Supplier<SentenceParser> parserFactory) {
        this.directory = directory;
        this.parserFactory = parserFactory;
        try {
            Files.createDirectories(directory);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the parse cache " + directory, e);
        }
    }

    @Override
    public ParsedDocument parse(String text, LocalDate documentDate) {
        Path file = directory.resolve(key(text, documentDate));
        if (Files.isRegularFile(file)) {
            try {
                return read(text, Files.readAllLines(file, StandardCharsets.UTF_8));
            } catch (IOException | RuntimeException e) {
                // unreadable entry: parse again and overwrite it below
            }
        }
        ParsedDocument document = parser().parse(text, documentDate);
        try {
            Path temporary = Files.createTempFile(directory, "parse", ".tmp");
            Files.writeString(temporary, write(document), StandardCharsets.UTF_8);
            Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write to the parse cache " + directory, e);
        }
        return document;
    }

    private SentenceParser parser() {
        SentenceParser p = parser;
        if (p == null) {
            synchronized (this) {
                if (parser == null) {
                    parser = parserFactory.get();
                }
                p = parser;
            }
        }
        return p;
    }

    static String key(String text, LocalDate date) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update((date == null ? "-" : date.toString()).getBytes(StandardCharsets.UTF_8));
            digest.update((byte) 0);
            digest.update(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from the JDK", e);
        }
    }

    static String write(ParsedDocument document) {
        StringBuilder out = new StringBuilder(MAGIC).append('\n');
        for (ParsedSentence s : document.sentences()) {
            out.append("S\t").append(s.index()).append('\t').append(s.start()).append('\t').append(s.end())
                    .append('\t').append(s.size()).append('\n');
            for (Token t : s.tokens()) {
                out.append("T\t").append(t.word()).append('\t').append(t.lemma()).append('\t').append(t.pos()).append('\t').append(t.start())
                        .append('\t').append(t.end()).append('\t').append(t.ner()).append('\t')
                        .append(s.head(t.index())).append('\t').append(s.relation(t.index())).append('\n');
            }
            for (EntityMention e : s.entities()) {
                out.append("E\t").append(e.startToken()).append('\t').append(e.endToken()).append('\t')
                        .append(e.type()).append('\n');
            }
            for (TimeExpression t : s.times()) {
                out.append("X\t").append(t.startToken()).append('\t').append(t.endToken()).append('\t')
                        .append(t.value() == null ? "" : t.value()).append('\t')
                        .append(t.date() == null ? "" : t.date().toString()).append('\n');
            }
        }
        return out.toString();
    }

    static ParsedDocument read(String text, List<String> lines) {
        if (lines.isEmpty() || !lines.get(0).equals(MAGIC)) {
            throw new IllegalArgumentException("not a parse cache file");
        }
        List<ParsedSentence> sentences = new ArrayList<>();
        int i = 1;
        while (i < lines.size()) {
            String[] s = lines.get(i++).split("\t", -1);
            if (!s[0].equals("S")) {
                throw new IllegalArgumentException("expected a sentence line");
            }
            int size = Integer.parseInt(s[4]);
            List<Token> tokens = new ArrayList<>(size);
            int[] heads = new int[size];
            String[] relations = new String[size];
            for (int t = 0; t < size; t++) {
                String[] f = lines.get(i++).split("\t", -1);
                tokens.add(new Token(t, f[1], f[2], f[3], Integer.parseInt(f[4]), Integer.parseInt(f[5]), f[6]));
                heads[t] = Integer.parseInt(f[7]);
                relations[t] = f[8];
            }
            List<EntityMention> entities = new ArrayList<>();
            List<TimeExpression> times = new ArrayList<>();
            while (i < lines.size() && !lines.get(i).startsWith("S\t")) {
                String[] f = lines.get(i++).split("\t", -1);
                if (f[0].equals("E")) {
                    entities.add(new EntityMention(Integer.parseInt(f[1]), Integer.parseInt(f[2]), f[3]));
                } else if (f[0].equals("X")) {
                    times.add(new TimeExpression(Integer.parseInt(f[1]), Integer.parseInt(f[2]),
                            f[3].isEmpty() ? null : f[3], f[4].isEmpty() ? null : LocalDate.parse(f[4])));
                } else {
                    throw new IllegalArgumentException("unexpected line " + (i));
                }
            }
            sentences.add(new ParsedSentence(Integer.parseInt(s[1]), Integer.parseInt(s[2]), Integer.parseInt(s[3]),
                    tokens, heads, relations, entities, times));
        }
        return new ParsedDocument(text, sentences);
    }
}
