package org.attache.pipeline;

/**
 * One line that says why coding an article failed. A bare "NullPointerException" gives a user nothing to report, so
 * the line names the exception, its message if it has one, and the place in Attaché's code where it was thrown.
 */
public final class CodingFailure {
    private static final String OWN_PACKAGE = "org.attache.";

    private CodingFailure() {
    }

    /**
     * One line such as "NullPointerException: Cannot invoke … at
     * org.attache.events.ArgumentFinder.addresseesOf(ArgumentFinder.java:121)".
     */
    public static String describe(Throwable failure) {
        Throwable root = failure;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        StringBuilder line = new StringBuilder(root.getClass().getSimpleName());
        String message = root.getMessage();
        if (message != null && !message.isBlank()) {
            line.append(": ").append(message.strip().replaceAll("\\s+", " "));
        }
        StackTraceElement place = firstOwnFrame(root.getStackTrace());
        if (place != null) {
            line.append(" at ").append(place);
        }
        return line.toString();
    }

    private static StackTraceElement firstOwnFrame(StackTraceElement[] frames) {
        for (StackTraceElement frame : frames) {
            if (frame.getClassName().startsWith(OWN_PACKAGE)) {
                return frame;
            }
        }
        return frames.length > 0 ? frames[0] : null;
    }
}
