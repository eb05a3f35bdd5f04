package org.attache.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Rows with named columns, printed as an aligned table, CSV (RFC 4180) or a JSON array of objects. */
public final class ResultTable {
    public enum Format { table, csv, json }

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    private static final ObjectMapper COMPACT = new ObjectMapper();

    private final List<String> columns;
    private final List<List<Object>> rows = new ArrayList<>();

    public ResultTable(List<String> columns) {
        this.columns = List.copyOf(columns);
    }

    public void add(List<Object> row) {
        if (row.size() != columns.size()) {
            throw new IllegalArgumentException("row has " + row.size() + " values for " + columns.size() + " columns");
        }
        rows.add(row);
    }

    public List<String> columns() {
        return columns;
    }

    public List<List<Object>> rows() {
        return rows;
    }

    public List<Map<String, Object>> objects() {
        List<Map<String, Object>> list = new ArrayList<>();
        for (List<Object> row : rows) {
            Map<String, Object> map = new LinkedHashMap<>();
            for (int i = 0; i < columns.size(); i++) {
                map.put(columns.get(i), row.get(i));
            }
            list.add(map);
        }
        return list;
    }

    public void print(Format format, PrintWriter out) {
        switch (format) {
            case csv -> printCsv(out);
            case json -> out.println(json(objects()));
            case table -> printTable(out);
        }
        out.flush();
    }

    private void printCsv(PrintWriter out) {
        out.print(csvLine(columns));
        for (List<Object> row : rows) {
            List<String> cells = new ArrayList<>(row.size());
            for (Object value : row) {
                cells.add(value == null ? "" : text(value));
            }
            out.print(csvLine(cells));
        }
    }

    public static String csvLine(List<String> cells) {
        StringBuilder line = new StringBuilder();
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                line.append(',');
            }
            String cell = cells.get(i) == null ? "" : cells.get(i);
            if (cell.indexOf(',') >= 0 || cell.indexOf('"') >= 0 || cell.indexOf('\n') >= 0 || cell.indexOf('\r') >= 0) {
                line.append('"').append(cell.replace("\"", "\"\"")).append('"');
            } else {
                line.append(cell);
            }
        }
        return line.append("\r\n").toString();
    }

    private void printTable(PrintWriter out) {
        int[] widths = new int[columns.size()];
        List<List<String>> cells = new ArrayList<>();
        for (int i = 0; i < columns.size(); i++) {
            widths[i] = columns.get(i).length();
        }
        for (List<Object> row : rows) {
            List<String> line = new ArrayList<>();
            for (int i = 0; i < row.size(); i++) {
                String cell = row.get(i) == null ? "" : text(row.get(i)).replaceAll("\\s+", " ");
                line.add(cell);
                widths[i] = Math.max(widths[i], Math.min(cell.length(), 100));
            }
            cells.add(line);
        }
        out.println(tableLine(columns, widths));
        for (List<String> line : cells) {
            out.println(tableLine(line, widths));
        }
    }

    private static String tableLine(List<String> cells, int[] widths) {
        StringBuilder line = new StringBuilder();
        for (int i = 0; i < cells.size(); i++) {
            String cell = cells.get(i);
            if (cell.length() > 100) {
                cell = cell.substring(0, 99) + "…";
            }
            if (i > 0) {
                line.append("  ");
            }
            line.append(i == cells.size() - 1 ? cell : String.format(Locale.ROOT, "%-" + widths[i] + "s", cell));
        }
        return line.toString().stripTrailing();
    }

    /** Numbers with at most 3 decimals, without trailing zeros; everything else as its string. */
    public static String text(Object value) {
        if (value instanceof Double d) {
            if (d.isNaN() || d.isInfinite()) {
                return "";
            }
            String s = String.format(Locale.ROOT, "%.3f", d);
            s = s.contains(".") ? s.replaceAll("0+$", "").replaceAll("\\.$", "") : s;
            return s.equals("-0") ? "0" : s;
        }
        return String.valueOf(value);
    }

    /** One line of JSON (for JSON lines output). */
    public static String jsonLine(Object value) {
        try {
            return COMPACT.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("records are always serialisable", e);
        }
    }

    public static String json(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("query results are always serialisable", e);
        }
    }
}
