package org.attache.store;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import java.util.List;

/** Binding values to statement parameters: every user-supplied value reaches SQL this way, never as text. */
final class Sql {
    private Sql() {
    }

    static void bind(PreparedStatement statement, Object... parameters) throws SQLException {
        for (int i = 0; i < parameters.length; i++) {
            Object value = parameters[i];
            if (value == null) {
                statement.setNull(i + 1, Types.VARCHAR);
            } else if (value instanceof LocalDate date) {
                statement.setObject(i + 1, date);
            } else {
                statement.setObject(i + 1, value);
            }
        }
    }

    static void bind(PreparedStatement statement, List<Object> parameters) throws SQLException {
        bind(statement, parameters.toArray());
    }
}
