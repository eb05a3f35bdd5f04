package org.attache.pipeline;

import org.junit.jupiter.api.Test;

import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class CodingFailureTest {
    @Test
    void namesTheExceptionAndWhereInAttachesCodeItWasThrown() {
        Throwable failure = catchFrom(() -> Set.of("to").contains(null));
        assertThat(CodingFailure.describe(failure))
                .startsWith("NullPointerException: ")
                .contains(" at org.attache.pipeline.CodingFailureTest.")
                .contains("CodingFailureTest.java:");
    }

    @Test
    void keepsTheMessageOfTheInnermostCauseOnOneLine() {
        Throwable failure = new RuntimeException("outer", new IllegalStateException("no parse\nfor sentence 3"));
        assertThat(CodingFailure.describe(failure))
                .startsWith("IllegalStateException: no parse for sentence 3 at ")
                .doesNotContain("\n");
    }

    private static Throwable catchFrom(Runnable action) {
        try {
            action.run();
        } catch (RuntimeException e) {
            return e;
        }
        throw new AssertionError("nothing was thrown");
    }
}
