package org.attache.store;

import org.attache.pipeline.Pipeline;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.CodeSource;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.HexFormat;
import java.util.List;
import java.util.TreeMap;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;

/**
 * The version of the coding pipeline that coded an article: a digest of everything that decides the events — the
 * compiled readers, parser adapter, actor resolution and coder ({@code org/attache/{ingest,nlp,actors,events,pipeline}})
 * with their bundled dictionaries, trigger lexicon and codebook — plus the CoreNLP jar's name. Any change to the
 * lexicon or the coder gives a new version, and re-ingesting then replaces the articles' mentions.
 */
public final class PipelineVersion {
    private static final List<String> PACKAGES = List.of("org/attache/ingest/", "org/attache/nlp/",
            "org/attache/actors/", "org/attache/events/", "org/attache/pipeline/");
    private static volatile String current;

    private PipelineVersion() {
    }

    public static String current() {
        String version = current;
        if (version == null) {
            synchronized (PipelineVersion.class) {
                version = current;
                if (version == null) {
                    version = compute();
                    current = version;
                }
            }
        }
        return version;
    }

    private static String compute() {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            TreeMap<String, byte[]> entries = coreEntries();
            for (var entry : entries.entrySet()) {
                digest.update(entry.getKey().getBytes(StandardCharsets.UTF_8));
                digest.update((byte) 0);
                digest.update(entry.getValue());
            }
            digest.update(corenlpName().getBytes(StandardCharsets.UTF_8));
            return "p-" + HexFormat.of().formatHex(digest.digest(), 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    private static TreeMap<String, byte[]> coreEntries() {
        TreeMap<String, byte[]> entries = new TreeMap<>();
        Path location = location(Pipeline.class.getProtectionDomain().getCodeSource());
        if (location == null) {
            return entries;
        }
        try {
            if (Files.isDirectory(location)) {
                List<Path> files = new ArrayList<>();
                try (Stream<Path> walk = Files.walk(location)) {
                    walk.filter(Files::isRegularFile).forEach(files::add);
                }
                for (Path file : files) {
                    String name = location.relativize(file).toString().replace('\\', '/');
                    if (relevant(name)) {
                        entries.put(name, Files.readAllBytes(file));
                    }
                }
            } else {
                try (JarFile jar = new JarFile(location.toFile())) {
                    Enumeration<JarEntry> all = jar.entries();
                    while (all.hasMoreElements()) {
                        JarEntry entry = all.nextElement();
                        if (!entry.isDirectory() && relevant(entry.getName())) {
                            try (InputStream in = jar.getInputStream(entry)) {
                                entries.put(entry.getName(), in.readAllBytes());
                            }
                        }
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the pipeline's classes to version them", e);
        }
        return entries;
    }

    private static boolean relevant(String name) {
        return PACKAGES.stream().anyMatch(name::startsWith);
    }

    private static String corenlpName() {
        try {
            Class<?> corenlp = Class.forName("edu.stanford.nlp.pipeline.StanfordCoreNLP", false,
                    PipelineVersion.class.getClassLoader());
            Path location = location(corenlp.getProtectionDomain().getCodeSource());
            return location == null ? "corenlp" : location.getFileName().toString();
        } catch (ClassNotFoundException e) {
            return "no-corenlp";
        }
    }

    private static Path location(CodeSource source) {
        if (source == null || source.getLocation() == null) {
            return null;
        }
        try {
            return Path.of(source.getLocation().toURI());
        } catch (URISyntaxException | IllegalArgumentException e) {
            return null;
        }
    }
}
