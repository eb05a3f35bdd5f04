package org.attache.evaluation;

import org.attache.events.CameoCode;

import java.util.List;

/**
 * The five classes of the ConfliBERT CAMEO classification set, by CAMEO root: 0 statements and appeals (01-02),
 * 1 verbal cooperation (03-05), 2 material cooperation (06-08), 3 verbal conflict (09-13) and sanctions (16),
 * 4 material conflict (14-15, 17-20). Unlike the quad classes, 01-02 are a class of their own and 16 counts as verbal.
 */
public final class PentaClass {
    public static final List<String> NAMES = List.of("statement/appeal", "verbal coop.", "material coop.",
            "verbal conflict", "material conflict");

    private PentaClass() {
    }

    public static int of(CameoCode code) {
        return ofRoot(code.rootNumber());
    }

    public static int ofRoot(int root) {
        if (root < 1 || root > 20) {
            throw new IllegalArgumentException("CAMEO root out of range: " + root);
        }
        if (root <= 2) {
            return 0;
        }
        if (root <= 5) {
            return 1;
        }
        if (root <= 8) {
            return 2;
        }
        if (root <= 13 || root == 16) {
            return 3;
        }
        return 4;
    }
}
