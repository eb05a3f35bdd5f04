package org.attache.actors.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.attache.actors.ActorDictionary;
import org.attache.actors.ActorMatcher;
import org.attache.actors.ActorResolver;
import org.attache.actors.DictionaryEntry;
import org.attache.actors.PhraseTokens;
import org.attache.actors.ResolvedActor;
import org.attache.nlp.ConlluReader;
import org.attache.nlp.ConlluWriter;
import org.attache.nlp.CoreNlpParser;
import org.attache.nlp.ParsedDocument;
import org.attache.nlp.ParsedSentence;
import org.attache.nlp.Token;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Benchmark (not a test): resolving all actors of a 1,000-word article, with the bundled dictionaries and with the
 * bundled dictionaries plus every Phoenix file, to show that dictionary matching is linear in the text and does not
 * grow with the dictionary (a token trie, not a loop over entries). The article is parsed once with CoreNLP; only
 * actor matching and resolution are timed. A naive matcher that tries every dictionary phrase at every token is
 * timed on the same text for contrast.
 *
 * <p>Run from the project root (see docs/BENCHMARKS.md):
 * <pre>
 * mvn -B -o -q -pl attache-core test-compile dependency:build-classpath -Dmdep.outputFile=target/bench-classpath.txt
 * java -Xmx3g -cp attache-core/target/test-classes:attache-core/target/classes:$(cat attache-core/target/bench-classpath.txt) \
 *     org.attache.actors.bench.ActorMatchingBenchmark [SHARED_DIR]
 * </pre>
 * SHARED_DIR defaults to {@code ../shared}: the article is {@code wikinews-0177} of
 * {@code data/corpora/wikinews-2019-2021.jsonl} cut to its first 1,000 words, the dictionaries are
 * {@code data/dictionaries/phoenix/Phoenix.*.txt}.
 */
public final class ActorMatchingBenchmark {
    private static final String ARTICLE_ID = "wikinews-0177";
    private static final int WORDS = 1_000;

    private ActorMatchingBenchmark() {
    }

    public static void main(String[] args) throws IOException {
        Path shared = Path.of(args.length > 0 ? args[0] : "../shared");
        String text = article(shared.resolve("data/corpora/wikinews-2019-2021.jsonl"));
        LocalDate date = LocalDate.of(2020, 1, 2);
        System.out.printf(Locale.ROOT, "article %s: %d words, %d characters%n", ARTICLE_ID,
                text.split("\\s+").length, text.length());
        ParsedDocument parsed = new CoreNlpParser().parse(text, date);
        List<ParsedSentence> sentences = parsed.sentences();
        int tokens = sentences.stream().mapToInt(ParsedSentence::size).sum();
        System.out.printf(Locale.ROOT, "parsed once: %d sentences, %d tokens%n%n", sentences.size(), tokens);

        Path phoenix = shared.resolve("data/dictionaries/phoenix");
        List<Path> files = List.of(phoenix.resolve("Phoenix.Countries.actors.txt"),
                phoenix.resolve("Phoenix.International.actors.txt"), phoenix.resolve("Phoenix.MilNonState.actors.txt"),
                phoenix.resolve("Phoenix.agents.txt"));
        long loadStart = System.nanoTime();
        ActorDictionary bundled = ActorDictionary.bundled();
        double bundledLoad = millis(loadStart);
        loadStart = System.nanoTime();
        ActorDictionary withPhoenix = ActorDictionary.bundledWith(files);
        double phoenixLoad = millis(loadStart);
        System.out.printf(Locale.ROOT, "dictionaries: bundled %,d phrases (loaded in %.0f ms); bundled + Phoenix %,d"
                + " phrases (loaded in %.0f ms)%n%n", bundled.trie().size(), bundledLoad, withPhoenix.trie().size(),
                phoenixLoad);

        // Warm the JIT up on both dictionaries before anything is timed.
        List<ParsedSentence> warmUp = repeated(parsed, 4);
        ActorMatcher bundledMatcher = new ActorMatcher(bundled);
        ActorMatcher phoenixMatcher = new ActorMatcher(withPhoenix);
        long warmUntil = System.nanoTime() + 5_000_000_000L;
        while (System.nanoTime() < warmUntil) {
            resolveAll(bundledMatcher, warmUp, date, new int[2]);
            resolveAll(phoenixMatcher, warmUp, date, new int[2]);
        }
        System.out.println("the article repeated 1-16 times; best and median of 101 runs; µs per 1,000 tokens of the best");
        System.out.println();
        System.out.println("dictionary matching (ActorMatcher over every sentence):");
        System.out.println("  dictionary         words   tokens  matches   best ms  median ms  µs/1k tokens");
        for (ActorDictionary dictionary : List.of(bundled, withPhoenix)) {
            ActorMatcher matcher = new ActorMatcher(dictionary);
            for (int times : new int[] {1, 2, 4, 8, 16}) {
                List<ParsedSentence> text2 = repeated(parsed, times);
                int size = text2.stream().mapToInt(ParsedSentence::size).sum();
                int[] found = new int[1];
                double[] ms = bestAndMedian(101, () -> {
                    found[0] = 0;
                    for (ParsedSentence s : text2) {
                        found[0] += matcher.match(s).size();
                    }
                });
                System.out.printf(Locale.ROOT, "  %-16s %7d %8d %8d %9.3f %10.3f %13.1f%n", name(dictionary, bundled),
                        WORDS * times, size, found[0], ms[0], ms[1], ms[0] * 1000 / size * 1000);
            }
        }
        System.out.println();
        System.out.println("resolving all actors (ActorResolver: match, then resolve every noun and pronoun):");
        System.out.println("  dictionary         words   tokens  nominals  actors   best ms  median ms  µs/1k tokens");
        for (ActorDictionary dictionary : List.of(bundled, withPhoenix)) {
            // one matcher per dictionary, as the pipeline has; a resolver per article, as the coder makes
            ActorMatcher matcher = dictionary == bundled ? bundledMatcher : phoenixMatcher;
            for (int times : new int[] {1, 2, 4, 8, 16}) {
                List<ParsedSentence> text2 = repeated(parsed, times);
                int size = text2.stream().mapToInt(ParsedSentence::size).sum();
                int[] counts = new int[2];
                double[] ms = bestAndMedian(101, () -> resolveAll(matcher, text2, date, counts));
                System.out.printf(Locale.ROOT, "  %-16s %7d %8d %9d %7d %9.3f %10.3f %13.1f%n", name(dictionary, bundled),
                        WORDS * times, size, counts[0], counts[1], ms[0], ms[1], ms[0] * 1000 / size * 1000);
            }
        }

        System.out.println();
        System.out.println("the trie against a loop over every phrase at every token, on the 1,000-word article"
                + " (median of 31 runs; the loop: of 3):");
        for (ActorDictionary dictionary : List.of(bundled, withPhoenix)) {
            String name = dictionary == bundled ? "bundled" : "bundled+Phoenix";
            ActorMatcher matcher = new ActorMatcher(dictionary);
            int[] found = new int[1];
            double trie = median(31, () -> {
                found[0] = 0;
                for (ParsedSentence s : sentences) {
                    found[0] += matcher.match(s).size();
                }
            });
            NaiveMatcher naive = new NaiveMatcher(dictionary);
            int[] naiveFound = new int[1];
            double loop = median(3, () -> {
                naiveFound[0] = 0;
                for (ParsedSentence s : sentences) {
                    naiveFound[0] += naive.count(s);
                }
            });
            System.out.printf(Locale.ROOT, "  %-16s trie %8.3f ms (%d matches)   loop over %,d phrases %9.1f ms (%d"
                    + " phrase occurrences)%n", name, trie, found[0], naive.size(), loop, naiveFound[0]);
        }

        System.out.println();
        int[] hits = new int[1];
        double lookup = median(31, () -> {
            for (int i = 0; i < 10_000; i++) {
                hits[0] += withPhoenix.lookup("Imran Khan").size();
            }
        });
        System.out.printf(Locale.ROOT, "lookup of \"Imran Khan\" in bundled+Phoenix: %.2f µs per lookup%n",
                lookup * 1000 / 10_000);
    }

    /** Resolves every noun and pronoun of the text; counts candidates and the actors found. */
    private static void resolveAll(ActorMatcher matcher, List<ParsedSentence> sentences, LocalDate date,
                                   int[] counts) {
        ActorResolver resolver = new ActorResolver(matcher, date);
        counts[0] = 0;
        counts[1] = 0;
        for (ParsedSentence sentence : sentences) {
            resolver.startSentence(sentence);
            for (Token token : sentence.tokens()) {
                String pos = token.pos();
                if (pos.startsWith("NN") || pos.equals("PRP")) {
                    counts[0]++;
                    List<ResolvedActor> actors = resolver.resolveAll(token.index());
                    counts[1] += actors.size();
                }
            }
        }
    }

    /** The sentences repeated {@code times} times, re-indexed as one longer article. */
    private static List<ParsedSentence> repeated(ParsedDocument document, int times) {
        String conllu = ConlluWriter.write(document);
        return ConlluReader.read(conllu.repeat(times)).sentences();
    }

    private static String name(ActorDictionary dictionary, ActorDictionary bundled) {
        return dictionary == bundled ? "bundled" : "bundled+Phoenix";
    }

    /** Best and median wall time in ms of {@code runs} runs, after a few unmeasured ones. */
    private static double[] bestAndMedian(int runs, Runnable task) {
        for (int i = 0; i < 5; i++) {
            task.run();
        }
        double[] times = new double[runs];
        for (int i = 0; i < runs; i++) {
            long start = System.nanoTime();
            task.run();
            times[i] = millis(start);
        }
        java.util.Arrays.sort(times);
        return new double[] {times[0], times[runs / 2]};
    }

    private static double median(int runs, Runnable task) {
        for (int i = 0; i < Math.max(3, runs / 3); i++) {
            task.run();
        }
        double[] times = new double[runs];
        for (int i = 0; i < runs; i++) {
            long start = System.nanoTime();
            task.run();
            times[i] = millis(start);
        }
        java.util.Arrays.sort(times);
        return times[runs / 2];
    }

    private static double millis(long start) {
        return (System.nanoTime() - start) / 1e6;
    }

    private static String article(Path corpus) throws IOException {
        ObjectMapper json = new ObjectMapper();
        try (BufferedReader reader = Files.newBufferedReader(corpus, StandardCharsets.UTF_8)) {
            String line;
            while ((line = reader.readLine()) != null) {
                JsonNode record = json.readTree(line);
                if (record.path("id").asText().equals(ARTICLE_ID)) {
                    String[] words = record.path("text").asText().strip().split("(?<=\\S)(?=\\s)");
                    StringBuilder text = new StringBuilder();
                    for (int i = 0; i < Math.min(WORDS, words.length); i++) {
                        text.append(words[i]);
                    }
                    return text.toString().strip();
                }
            }
        }
        throw new IOException(ARTICLE_ID + " not found in " + corpus);
    }

    /** What a matcher without a trie does: every phrase tried at every token. */
    private static final class NaiveMatcher {
        private final List<List<String>> phrases = new ArrayList<>();

        NaiveMatcher(ActorDictionary dictionary) {
            for (DictionaryEntry entry : dictionary.entries()) {
                phrases.add(PhraseTokens.split(entry.phrase()));
            }
        }

        int size() {
            return phrases.size();
        }

        int count(ParsedSentence sentence) {
            List<String> words = new ArrayList<>(sentence.size());
            for (Token token : sentence.tokens()) {
                words.add(PhraseTokens.normalise(token.word()));
            }
            int found = 0;
            for (int i = 0; i < words.size(); i++) {
                for (List<String> phrase : phrases) {
                    if (i + phrase.size() <= words.size() && words.subList(i, i + phrase.size()).equals(phrase)) {
                        found++;
                    }
                }
            }
            return found;
        }
    }
}
