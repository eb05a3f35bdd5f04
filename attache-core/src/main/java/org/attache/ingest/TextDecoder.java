package org.attache.ingest;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;

/** Strict UTF-8 decoding with binary detection, so bad inputs are rejected with a reason rather than coded as noise. */
public final class TextDecoder {
    private static final int SNIFF_BYTES = 8192;

    private TextDecoder() {
    }

    public static String decode(byte[] bytes) {
        if (bytes.length == 0) {
            throw new InputRejectedException("empty input");
        }
        if (looksBinary(bytes)) {
            throw new InputRejectedException("binary content, not text");
        }
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer buffer = ByteBuffer.wrap(bytes);
        try {
            CharBuffer chars = decoder.decode(buffer);
            String text = chars.toString();
            return text.startsWith("\uFEFF") ? text.substring(1) : text;
        } catch (MalformedInputException e) {
            int offset = buffer.position();
            throw new InputRejectedException("not valid UTF-8 (byte offset " + offset + ", line "
                    + lineAt(bytes, offset) + ")", lineAt(bytes, offset));
        } catch (CharacterCodingException e) {
            throw new InputRejectedException("not valid UTF-8");
        }
    }

    private static long lineAt(byte[] bytes, int offset) {
        long line = 1;
        for (int i = 0; i < Math.min(offset, bytes.length); i++) {
            if (bytes[i] == '\n') {
                line++;
            }
        }
        return line;
    }

    /** NUL bytes or many control characters in the first block mean the file is not text. */
    static boolean looksBinary(byte[] bytes) {
        int n = Math.min(bytes.length, SNIFF_BYTES);
        int control = 0;
        for (int i = 0; i < n; i++) {
            int b = bytes[i] & 0xff;
            if (b == 0) {
                return true;
            }
            if (b < 0x20 && b != '\n' && b != '\r' && b != '\t' && b != '\f') {
                control++;
            }
        }
        return control > n / 20;
    }
}
