package org.attache.events;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/** The CAMEO codes, their Goldstein scores and PLOVER categories, from the bundled {@code cameo-codebook.tsv}. */
public final class CameoCodebook {
    private final Map<String, CameoCode> codes;

    private CameoCodebook(Map<String, CameoCode> codes) {
        this.codes = Collections.unmodifiableMap(codes);
    }

    public static CameoCodebook bundled() {
        Map<String, CameoCode> codes = new LinkedHashMap<>();
        String resource = "/org/attache/events/cameo-codebook.tsv";
        try (InputStream in = CameoCodebook.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing bundled codebook " + resource);
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            int number = 0;
            while ((line = reader.readLine()) != null) {
                number++;
                if (line.isBlank() || line.startsWith("#") || line.startsWith("code\t")) {
                    continue;
                }
                String[] cols = line.split("\t", -1);
                if (cols.length < 6) {
                    throw new IllegalStateException("cameo-codebook.tsv:" + number + ": expected 6 columns");
                }
                codes.put(cols[0], new CameoCode(cols[0], cols[1], Double.parseDouble(cols[2]),
                        blankToNull(cols[3]), blankToNull(cols[4]), blankToNull(cols[5])));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new CameoCodebook(codes);
    }

    private static String blankToNull(String s) {
        return s.isBlank() ? null : s.strip();
    }

    public CameoCode get(String code) {
        CameoCode found = codes.get(code);
        if (found == null) {
            throw new IllegalArgumentException("unknown CAMEO code " + code);
        }
        return found;
    }

    public boolean contains(String code) {
        return codes.containsKey(code);
    }

    public Collection<CameoCode> all() {
        return codes.values();
    }
}
