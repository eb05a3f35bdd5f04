package org.attache.store;

import org.duckdb.DuckDBAppender;

import java.sql.SQLException;
import java.time.LocalDate;

/** Appends a value that may be missing: the Appender takes no null for a String, Integer, Double or LocalDate. */
final class AppenderValues {
    private AppenderValues() {
    }

    static void string(DuckDBAppender a, String value) throws SQLException {
        if (value == null) {
            a.appendNull();
        } else {
            a.append(value);
        }
    }

    static void integer(DuckDBAppender a, Integer value) throws SQLException {
        if (value == null) {
            a.appendNull();
        } else {
            a.append(value.intValue());
        }
    }

    static void decimal(DuckDBAppender a, Double value) throws SQLException {
        if (value == null) {
            a.appendNull();
        } else {
            a.append(value.doubleValue());
        }
    }

    static void date(DuckDBAppender a, LocalDate value) throws SQLException {
        if (value == null) {
            a.appendNull();
        } else {
            a.append(value);
        }
    }
}
