package org.attache.cli;

import org.junit.jupiter.api.Assumptions;

import java.nio.file.Files;
import java.nio.file.Path;

/** The shared development data beside the project: required in CI, skipped with a notice elsewhere. */
final class SharedData {
    private SharedData() {
    }

    static Path require(String relative) {
        Path root = Path.of("..", "..", "shared");
        Path path = root.resolve(relative);
        if (!Files.exists(path)) {
            if ("true".equalsIgnoreCase(System.getenv("CI"))) {
                throw new AssertionError("CI needs the shared data at " + path.toAbsolutePath());
            }
            System.out.println("NOTICE: " + path.toAbsolutePath() + " is absent; skipping a test that needs it.");
            Assumptions.abort("shared data absent: " + path);
        }
        return path;
    }
}
