package org.attache.evaluation;

import org.attache.events.CameoCode;

import java.util.List;

/**
 * Our CAMEO codes in the PLOVER 0.5b1 categories of the PLOVER gold standard. The codebook carries the 2021 PLOVER
 * categories (REQUEST, ACCUSE, and ASSAULT for all of 18-20), which the 0.5b1 set splits or names differently, so the
 * category is taken from the CAMEO root:
 *
 * <pre>
 * root  0.5b1 category     note
 * 01    (none)             public statements have no PLOVER category; shown as "STATEMENT", never correct
 * 02    REQUEST            appeals: kept as the 2021 name, never equal to gold DEMAND (see below)
 * 03    AGREE
 * 04    CONSULT
 * 05    SUPPORT
 * 06    COOPERATE
 * 07    AID
 * 08    CONCEDE / RETREAT  the codebook's PLOVER column (2021 split); CONCEDE where it names neither
 * 09    INVESTIGATE        2021: ACCUSE
 * 10    DEMAND             2021: REQUEST
 * 11    DISAPPROVE         2021: ACCUSE
 * 12    REJECT
 * 13    THREATEN
 * 14    PROTEST
 * 15    MOBILIZE
 * 16    SANCTION
 * 17    COERCE
 * 18    ASSAULT
 * 19    FIGHT              2021: ASSAULT (some leaves COERCE)
 * 20    FIGHT              2021: ASSAULT
 * </pre>
 *
 * Appeals (02) are not mapped to DEMAND: the gold DEMAND records are CAMEO 10 demands ("demanded", "must"), and
 * CAMEO keeps appeals and demands apart. A coder that reads a demand as an appeal therefore scores a wrong category;
 * the confusion matrix shows how often (gold DEMAND, predicted REQUEST).
 */
public final class PloverCategories {
    /** The 18 categories of PLOVER 0.5b1, in the order of the gold standard's documentation. */
    public static final List<String> GOLD = List.of("AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID",
            "RETREAT", "INVESTIGATE", "DEMAND", "DISAPPROVE", "REJECT", "THREATEN", "PROTEST", "MOBILIZE", "SANCTION",
            "COERCE", "ASSAULT", "FIGHT");

    /** Label of root 01 events, which PLOVER does not code. */
    public static final String STATEMENT = "STATEMENT";
    /** Label of appeals (root 02), outside the 0.5b1 set. */
    public static final String REQUEST = "REQUEST";

    private PloverCategories() {
    }

    /** The 0.5b1 category of a code, or {@link #STATEMENT} / {@link #REQUEST} for roots 01 and 02. */
    public static String of(CameoCode code) {
        return switch (code.rootNumber()) {
            case 1 -> STATEMENT;
            case 2 -> REQUEST;
            case 3 -> "AGREE";
            case 4 -> "CONSULT";
            case 5 -> "SUPPORT";
            case 6 -> "COOPERATE";
            case 7 -> "AID";
            case 8 -> "RETREAT".equals(code.plover()) ? "RETREAT" : "CONCEDE";
            case 9 -> "INVESTIGATE";
            case 10 -> "DEMAND";
            case 11 -> "DISAPPROVE";
            case 12 -> "REJECT";
            case 13 -> "THREATEN";
            case 14 -> "PROTEST";
            case 15 -> "MOBILIZE";
            case 16 -> "SANCTION";
            case 17 -> "COERCE";
            case 18 -> "ASSAULT";
            case 19, 20 -> "FIGHT";
            default -> throw new IllegalArgumentException("CAMEO root out of range: " + code.code());
        };
    }
}
