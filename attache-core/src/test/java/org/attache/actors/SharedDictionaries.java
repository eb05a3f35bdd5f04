package org.attache.actors;

import org.junit.jupiter.api.Assumptions;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The shared development data beside the project (the Phoenix and PETRARCH validation dictionaries): required in CI
 * ({@code CI=true}), skipped with a printed notice elsewhere. Paths are relative to the module directory.
 */
final class SharedDictionaries {
    static final String PHOENIX = "data/dictionaries/phoenix/";
    static final String GOLD = "data/gold/";

    private SharedDictionaries() {
    }

    static Path require(String relative) {
        Path path = Path.of("..", "..", "shared").resolve(relative);
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
