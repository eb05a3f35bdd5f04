package org.attache.spark;

import java.io.Serializable;

/**
 * A bad input, record or article, written to OUTPUT/errors instead of failing the job. {@code position} is the line
 * (JSONL) or 0 when the whole input or a WARC record failed (the reason then names the byte offset); {@code stage} is
 * "list", "read" or "code".
 */
record JobError(String input, long position, String stage, String reason) implements Serializable {

    String describe() {
        return position > 0 ? input + ":" + position + ": " + reason : input + ": " + reason;
    }
}
