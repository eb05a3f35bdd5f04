package org.attache.events;

import org.attache.resources.BundledLines;

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
        BundledLines.forEach("/org/attache/events/cameo-codebook.tsv", (line, origin) -> {
            if (line.startsWith("code\t")) {
                return;
            }
            String[] cols = line.split("\t", -1);
            if (cols.length < 6) {
                throw new IllegalStateException(origin + ": expected 6 columns");
            }
            codes.put(cols[0], new CameoCode(cols[0], cols[1], Double.parseDouble(cols[2]),
                    blankToNull(cols[3]), blankToNull(cols[4]), blankToNull(cols[5])));
        });
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
