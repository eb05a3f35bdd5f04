package org.attache.events;

/** One CAMEO event code with its Goldstein score and PLOVER category (null where PLOVER has none). */
public record CameoCode(String code, String name, double goldstein, String plover, String ploverMode,
                        String ploverContext) {

    public String root() {
        return code.substring(0, 2);
    }

    public int rootNumber() {
        return Integer.parseInt(root());
    }

    /** 1 verbal cooperation (01-05), 2 material cooperation (06-08), 3 verbal conflict (09-13), 4 material conflict (14-20). */
    public int quadClass() {
        int root = rootNumber();
        if (root <= 5) {
            return 1;
        }
        if (root <= 8) {
            return 2;
        }
        if (root <= 13) {
            return 3;
        }
        return 4;
    }

    public boolean isVerbal() {
        int root = rootNumber();
        return root <= 5 || (root >= 9 && root <= 13);
    }
}
