package org.attache.store;

import org.duckdb.DuckDBAppender;
import org.duckdb.DuckDBConnection;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The ids of a small table of distinct values (event codes, actor codes, places: schema version 7), kept in memory by
 * the writer: a value seen before gets its id back, a new one the next id, and its row is appended with the batch
 * that first needs it. After a rollback the table must be {@link #load loaded} again, since ids handed out in the
 * rolled-back batch were never stored.
 *
 * @param <V> one row's values (a record: equal values, same id)
 */
final class LookupTable<V> {
    /** Reads one row's values from columns 2 and on of {@code SELECT id, ...}. */
    interface Reader<V> {
        V read(ResultSet row) throws SQLException;
    }

    /** Appends one row's values after its id, in the table's column order. */
    interface Writer<V> {
        void append(DuckDBAppender appender, V values) throws SQLException;
    }

    private final String table;
    private final String columns;
    private final Reader<V> reader;
    private final Writer<V> writer;
    private final Map<V, Integer> ids = new HashMap<>();
    private final List<V> added = new ArrayList<>();
    private int lastId;

    /** {@code columns}: the table's columns after {@code id}, in its order, as {@code reader} reads them. */
    LookupTable(String table, String columns, Reader<V> reader, Writer<V> writer) {
        this.table = table;
        this.columns = columns;
        this.reader = reader;
        this.writer = writer;
    }

    /** Reads the stored rows, forgetting any id handed out since the last commit. */
    void load(DuckDBConnection connection) throws SQLException {
        ids.clear();
        added.clear();
        lastId = 0;
        try (Statement s = connection.createStatement();
             ResultSet r = s.executeQuery("SELECT id, " + columns + " FROM " + table)) {
            while (r.next()) {
                int id = r.getInt(1);
                ids.put(reader.read(r), id);
                lastId = Math.max(lastId, id);
            }
        }
    }

    int idOf(V values) {
        Integer id = ids.get(values);
        if (id == null) {
            id = ++lastId;
            ids.put(values, id);
            added.add(values);
        }
        return id;
    }

    /** Appends the rows of the values first seen since the last call (in the open transaction). */
    void appendAdded(DuckDBConnection connection) throws SQLException {
        if (added.isEmpty()) {
            return;
        }
        try (DuckDBAppender a = connection.createAppender("main", table)) {
            for (V values : added) {
                int id = ids.get(values);
                a.beginRow().append(id);
                writer.append(a, values);
                a.endRow();
            }
        }
        added.clear();
    }
}
