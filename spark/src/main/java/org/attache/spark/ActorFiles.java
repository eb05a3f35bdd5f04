package org.attache.spark;

import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FSDataInputStream;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;

import java.io.IOException;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

/**
 * The {@code --actors} dictionaries of a run, read once on the driver (from any Hadoop file system) and shipped inside
 * the tasks' closures: executors need not see the driver's files. On an executor they are written back under their own
 * names to a private directory and loaded exactly as {@code attache code --actors} loads them.
 */
record ActorFiles(List<String> names, List<byte[]> contents, String fingerprint) implements Serializable {
    static final ActorFiles NONE = new ActorFiles(List.of(), List.of(), "bundled");

    static ActorFiles read(List<String> uris, Configuration conf) throws IOException {
        if (uris == null || uris.isEmpty()) {
            return NONE;
        }
        List<String> names = new ArrayList<>();
        List<byte[]> contents = new ArrayList<>();
        MessageDigest digest = sha256();
        for (String uri : uris) {
            Path path = new Path(uri);
            FileSystem fs = path.getFileSystem(conf);
            if (!fs.isFile(path)) {
                throw new IOException(uri + ": no such file");
            }
            byte[] bytes;
            try (FSDataInputStream in = fs.open(path)) {
                bytes = in.readAllBytes();
            }
            names.add(path.getName());
            contents.add(bytes);
            digest.update(path.getName().getBytes(StandardCharsets.UTF_8));
            digest.update((byte) 0);
            digest.update(bytes);
        }
        return new ActorFiles(List.copyOf(names), List.copyOf(contents), HexFormat.of().formatHex(digest.digest()));
    }

    /** The files written under a new local directory (one subdirectory each, so equal names do not clash). */
    List<java.nio.file.Path> materialise() throws IOException {
        java.nio.file.Path root = Files.createTempDirectory("attache-actors-");
        root.toFile().deleteOnExit();
        List<java.nio.file.Path> paths = new ArrayList<>();
        for (int i = 0; i < names.size(); i++) {
            java.nio.file.Path dir = Files.createDirectory(root.resolve(Integer.toString(i)));
            java.nio.file.Path file = Files.write(dir.resolve(names.get(i)), contents.get(i));
            file.toFile().deleteOnExit();
            dir.toFile().deleteOnExit();
            paths.add(file);
        }
        return paths;
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
