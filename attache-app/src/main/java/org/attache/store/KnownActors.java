package org.attache.store;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Actor codes as users type them: a three-letter country or group code ({@code USA}, {@code TAL}) optionally followed
 * by sector codes ({@code USAGOV}, {@code IGOUNO}). The bundled dictionaries tell which three-letter codes are
 * countries (ISO 3166 alpha-3) and which codes exist at all.
 */
public final class KnownActors {
    private static final Pattern FORMAT = Pattern.compile("[A-Z]{3}(?:[A-Z]{3}){0,3}");
    private static volatile KnownActors bundled;

    private final Set<String> countries;
    private final Set<String> codes;

    private KnownActors(Set<String> countries, Set<String> codes) {
        this.countries = countries;
        this.codes = codes;
    }

    public static KnownActors bundled() {
        KnownActors k = bundled;
        if (k == null) {
            Set<String> countries = new HashSet<>();
            Set<String> codes = new HashSet<>();
            for (String line : lines("/org/attache/actors/countries.tsv")) {
                String code = line.split("\t", -1)[0].strip();
                countries.add(code);
                codes.add(code);
            }
            for (String line : lines("/org/attache/actors/organisations.tsv")) {
                String[] cols = line.split("\t", -1);
                codes.add(cols[0].strip());
                if (cols.length > 1 && !cols[1].isBlank()) {
                    codes.add(cols[1].strip());
                }
            }
            for (String line : lines("/org/attache/actors/seats.tsv")) {
                String[] cols = line.split("\t", -1);
                if (cols.length > 1) {
                    codes.add(cols[1].strip());
                }
            }
            k = new KnownActors(Set.copyOf(countries), Set.copyOf(codes));
            bundled = k;
        }
        return k;
    }

    private static java.util.List<String> lines(String resource) {
        java.util.List<String> lines = new java.util.ArrayList<>();
        try (InputStream in = KnownActors.class.getResourceAsStream(resource)) {
            if (in == null) {
                return lines;
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            while ((line = reader.readLine()) != null) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    lines.add(line);
                }
            }
        } catch (IOException e) {
            // no dictionary: nothing known
        }
        return lines;
    }

    /** The code in upper case, or null when it is not shaped like an actor code. */
    public static String normalise(String code) {
        if (code == null) {
            return null;
        }
        String upper = code.strip().toUpperCase(Locale.ROOT);
        return FORMAT.matcher(upper).matches() ? upper : null;
    }

    public boolean isCountry(String code) {
        return code != null && countries.contains(code);
    }

    /** Whether the dictionaries name this code, or a country or group with it as prefix. */
    public boolean knows(String code) {
        if (codes.contains(code)) {
            return true;
        }
        String head = code.substring(0, 3);
        return countries.contains(head) || codes.contains(head);
    }
}
