package org.attache.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** Read helpers over a store: parameterised queries returning plain rows. */
public final class Queries {
    private final Store store;

    public Queries(Store store) {
        this.store = store;
    }

    public Store store() {
        return store;
    }

    /** Rows of a query with bound parameters; dates come back as LocalDate, numbers as Long or Double. */
    public List<List<Object>> rows(String sql, List<Object> parameters) {
        try (PreparedStatement p = store.connection().prepareStatement(sql)) {
            Sql.bind(p, parameters);
            try (ResultSet r = p.executeQuery()) {
                ResultSetMetaData meta = r.getMetaData();
                int n = meta.getColumnCount();
                List<List<Object>> rows = new ArrayList<>();
                while (r.next()) {
                    List<Object> row = new ArrayList<>(n);
                    for (int i = 1; i <= n; i++) {
                        row.add(value(r, i, meta.getColumnType(i)));
                    }
                    rows.add(row);
                }
                return rows;
            }
        } catch (SQLException e) {
            throw new StoreException(store.path() + ": query failed: " + Store.firstLine(e.getMessage()), e);
        }
    }

    private static Object value(ResultSet r, int i, int type) throws SQLException {
        Object o;
        switch (type) {
            case java.sql.Types.DATE -> o = r.getObject(i, LocalDate.class);
            case java.sql.Types.TINYINT, java.sql.Types.SMALLINT, java.sql.Types.INTEGER, java.sql.Types.BIGINT -> {
                long v = r.getLong(i);
                o = r.wasNull() ? null : v;
            }
            case java.sql.Types.FLOAT, java.sql.Types.DOUBLE, java.sql.Types.REAL, java.sql.Types.DECIMAL,
                    java.sql.Types.NUMERIC -> {
                double v = r.getDouble(i);
                o = r.wasNull() ? null : v;
            }
            case java.sql.Types.TIMESTAMP -> o = r.getObject(i, java.time.LocalDateTime.class);
            default -> o = r.getObject(i);
        }
        return o;
    }

    /**
     * Whether the store has any event with this actor code on either side, or failing that whether the bundled
     * dictionaries know it. Unknown codes are almost always typos.
     */
    public boolean knowsActor(String code) {
        List<Object> parameters = new ArrayList<>();
        String condition = "(" + EventFilter.actorCondition("e", "source", code, parameters) + " OR "
                + EventFilter.actorCondition("e", "target", code, parameters) + ")";
        if (!rows("SELECT 1 FROM events e WHERE " + condition + " LIMIT 1", parameters).isEmpty()) {
            return true;
        }
        return KnownActors.bundled().knows(code);
    }

    /** The latest event date in the store, or null when it has no dated event. */
    public LocalDate latestEventDate() {
        List<List<Object>> rows = rows("SELECT max(event_date) FROM events", List.of());
        return (LocalDate) rows.get(0).get(0);
    }
}
