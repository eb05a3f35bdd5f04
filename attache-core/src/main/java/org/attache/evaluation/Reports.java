package org.attache.evaluation;

import org.attache.events.CodedEvent;
import org.attache.events.EventActor;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Formatting shared by the scorers: numbers, plain-text tables, events in one line. */
public final class Reports {
    private Reports() {
    }

    /** A metric for JSON: rounded to 4 decimals, null when undefined. */
    public static Double number(double value) {
        if (Double.isNaN(value) || Double.isInfinite(value)) {
            return null;
        }
        return BigDecimal.valueOf(value).setScale(4, RoundingMode.HALF_UP).doubleValue();
    }

    /** A metric for text: three decimals, "n/a" when undefined. */
    public static String fixed(double value) {
        return Double.isNaN(value) ? "n/a" : String.format(Locale.ROOT, "%.3f", value);
    }

    /** The highest-confidence event, the first of equals; null for none. */
    public static CodedEvent top(List<CodedEvent> events) {
        CodedEvent best = null;
        for (CodedEvent event : events) {
            if (best == null || event.confidence() > best.confidence()) {
                best = event;
            }
        }
        return best;
    }

    /** "USAGOV(USA) -020 (REQUEST)-> IRN 'urged' 0.79 asserted". */
    public static String describe(CodedEvent event, String category) {
        return actor(event.source()) + " -" + event.cameo().code() + " " + category + "-> " + actor(event.target())
                + " '" + event.trigger().text() + "' " + fixed(event.confidence()) + " " + event.modality().label();
    }

    public static Map<String, Object> eventMap(CodedEvent event, String category) {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("cameo", event.cameo().code());
        map.put("category", category);
        map.put("source", event.source() == null ? null : event.source().code());
        map.put("source_text", event.source() == null ? null : event.source().text());
        map.put("target", event.target() == null ? null : event.target().code());
        map.put("target_text", event.target() == null ? null : event.target().text());
        map.put("trigger", event.trigger().text());
        map.put("modality", event.modality().label());
        map.put("confidence", number(event.confidence()));
        return map;
    }

    private static String actor(EventActor actor) {
        if (actor == null) {
            return "-";
        }
        return actor.code() + "[" + actor.text() + "]";
    }

    /** A left-aligned first column and right-aligned others, columns separated by two spaces. */
    public static String table(List<String> header, List<List<String>> rows) {
        int columns = header.size();
        int[] widths = new int[columns];
        List<List<String>> all = new ArrayList<>();
        all.add(header);
        all.addAll(rows);
        for (List<String> row : all) {
            for (int c = 0; c < columns; c++) {
                widths[c] = Math.max(widths[c], row.get(c).length());
            }
        }
        StringBuilder out = new StringBuilder();
        for (List<String> row : all) {
            StringBuilder line = new StringBuilder("  ");
            for (int c = 0; c < columns; c++) {
                String cell = row.get(c);
                if (c > 0) {
                    line.append("  ").append(" ".repeat(widths[c] - cell.length())).append(cell);
                } else {
                    line.append(cell).append(" ".repeat(widths[c] - cell.length()));
                }
            }
            out.append(line.toString().stripTrailing()).append('\n');
        }
        return out.toString();
    }

    /** Text cut to {@code max} characters with an ellipsis. */
    public static String clip(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }
}
