package org.attache.evaluation;

import org.attache.events.EventActor;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Puts gold and coded actors in one country-code space for comparison.
 * <ul>
 *   <li>Gold codes: legacy CAMEO spellings become ISO 3166 alpha-3 ({@code JAP}→JPN, {@code ITL}→ITA,
 *       {@code VTN}→VNM); {@code IGO}, {@code NGO} and {@code IMG} (international militarised group) stay.</li>
 *   <li>Coded actors: any IGO or NGO ({@code IGOUNO}, {@code NGOAMN}), and any official coded with such a body as
 *       the country ({@code UNOGOV}), is {@code IGO} / {@code NGO}, as the gold set codes them; a named armed group or movement ({@code TAL}, {@code HMS}) is the country it is based in, from
 *       the organisations dictionary ({@code AFG}, {@code PSE}), or {@code IMG} when it has none (al-Qaeda);
 *       everything else is the actor's country.</li>
 * </ul>
 */
public final class CountryCodes {
    private static final Map<String, String> GOLD_ALIASES = Map.of("JAP", "JPN", "ITL", "ITA", "VTN", "VNM");
    private static final Set<String> GROUP_SECTORS = Set.of("INS", "REB", "OPP");
    private static final Set<String> BODY_SECTORS = Set.of("IGO", "NGO");
    private static final String ORGANISATIONS = "/org/attache/actors/organisations.tsv";

    private final Map<String, String> groupBases;
    private final Map<String, String> bodies;

    /** @param groupBases named armed group or movement code → ISO code of its base ("" when it has none) */
    public CountryCodes(Map<String, String> groupBases) {
        this(groupBases, Map.of());
    }

    /**
     * @param bodies group code of an international body → IGO or NGO: its officials are coded with the body as
     *               their country ("UNOGOV" for the UN Secretary-General, see people.txt)
     */
    public CountryCodes(Map<String, String> groupBases, Map<String, String> bodies) {
        this.groupBases = Map.copyOf(groupBases);
        this.bodies = Map.copyOf(bodies);
    }

    /** With the group bases of the bundled organisations dictionary (none if it cannot be read). */
    public static CountryCodes bundled() {
        Map<String, String> bases = new HashMap<>();
        Map<String, String> bodies = new HashMap<>();
        try (InputStream in = CountryCodes.class.getResourceAsStream(ORGANISATIONS)) {
            if (in != null) {
                BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
                String line;
                while ((line = reader.readLine()) != null) {
                    if (line.isBlank() || line.startsWith("#")) {
                        continue;
                    }
                    // code, group, sector, base, names
                    String[] cols = line.split("\t", -1);
                    if (cols.length >= 4 && GROUP_SECTORS.contains(cols[2].strip())) {
                        bases.put(cols[0].strip(), cols[3].strip());
                    }
                    if (cols.length >= 4 && BODY_SECTORS.contains(cols[2].strip())) {
                        bodies.put(cols[1].strip(), cols[2].strip());
                    }
                }
            }
        } catch (IOException | RuntimeException e) {
            bases.clear(); // compare raw codes rather than fail the evaluation
            bodies.clear();
        }
        return new CountryCodes(bases, bodies);
    }

    /**
     * The ISO code of the country a named armed group or movement is based in, "" when it has none (al-Qaeda), or
     * null when the code is not such a group's.
     */
    public String base(String groupCode) {
        return groupCode == null ? null : groupBases.get(groupCode);
    }

    public static String gold(String code) {
        if (code == null) {
            return null;
        }
        String upper = code.strip().toUpperCase(Locale.ROOT);
        return GOLD_ALIASES.getOrDefault(upper, upper);
    }

    /** The coded actor's country in the gold set's terms, or null when there is no actor or country. */
    public String coded(EventActor actor) {
        if (actor == null) {
            return null;
        }
        String code = actor.code() == null ? "" : actor.code();
        if (code.startsWith("IGO") || "IGO".equals(actor.sector())) {
            return "IGO";
        }
        if (code.startsWith("NGO") || "NGO".equals(actor.sector())) {
            return "NGO";
        }
        String country = actor.country();
        if (country != null && bodies.containsKey(country)) {
            return bodies.get(country); // an official of an international body: "UNOGOV" is the UN's
        }
        if (country != null && code.equals(country) && actor.sector() != null && GROUP_SECTORS.contains(actor.sector())) {
            String base = groupBases.get(code);
            if (base != null) {
                return base.isEmpty() ? "IMG" : base;
            }
        }
        return country;
    }
}
