package org.attache.store;

import org.duckdb.DuckDBConnection;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Properties;

/**
 * An Attaché event store: one DuckDB file. Opening it read-write creates it when absent and applies any pending
 * schema migration; DuckDB lets one process write a file at a time (readers in other processes wait for it to close).
 */
public final class Store implements AutoCloseable {
    public static final String DEFAULT_PATH = "attache.duckdb";

    private final Path path;
    private final DuckDBConnection connection;
    private final boolean readOnly;

    private Store(Path path, DuckDBConnection connection, boolean readOnly) {
        this.path = path;
        this.connection = connection;
        this.readOnly = readOnly;
    }

    /** Opens (creating if needed) the store for writing and brings its schema up to date. */
    public static Store openForWriting(Path path) {
        Path parent = path.toAbsolutePath().getParent();
        if (parent != null && !Files.isDirectory(parent)) {
            throw new StoreException(path + ": no such directory " + parent);
        }
        Store store = new Store(path, connect(path, false), false);
        try {
            Schema.migrate(store.connection, path.toString());
        } catch (SQLException | RuntimeException e) {
            store.close();
            throw e instanceof StoreException se ? se : new StoreException(path + ": cannot prepare the store: " + e.getMessage(), e);
        }
        return store;
    }

    /** Opens an existing store for reading; a store of an older schema is upgraded first. */
    public static Store openForReading(Path path) {
        if (!Files.isRegularFile(path)) {
            throw new StoreException(path + ": no store here (create one with attache ingest, or give --db PATH)");
        }
        DuckDBConnection connection = connect(path, true);
        int version;
        try {
            version = Schema.currentVersion(connection);
        } catch (SQLException e) {
            closeQuietly(connection);
            throw new StoreException(path + ": not an Attaché store: " + firstLine(e.getMessage()), e);
        }
        if (version == 0) {
            closeQuietly(connection);
            throw new StoreException(path + ": not an Attaché store (no schema_version table)");
        }
        if (version > Schema.latestVersion()) {
            closeQuietly(connection);
            throw new StoreException(path + ": the store has schema version " + version
                    + ", newer than this Attaché knows (" + Schema.latestVersion() + "); use a newer Attaché");
        }
        if (version < Schema.latestVersion()) {
            closeQuietly(connection);
            openForWriting(path).close();
            connection = connect(path, true);
        }
        return new Store(path, connection, true);
    }

    private static DuckDBConnection connect(Path path, boolean readOnly) {
        Properties properties = new Properties();
        if (readOnly) {
            properties.setProperty("duckdb.read_only", "true");
        }
        try {
            Connection c = DriverManager.getConnection("jdbc:duckdb:" + path.toAbsolutePath(), properties);
            return c.unwrap(DuckDBConnection.class);
        } catch (SQLException e) {
            String message = e.getMessage() == null ? "" : e.getMessage();
            if (message.contains("lock")) {
                throw new StoreException(path + ": the store is in use by another process (DuckDB allows one writer;"
                        + " wait for it to finish)", e);
            }
            throw new StoreException(path + ": cannot open the store: " + firstLine(message), e);
        }
    }

    /**
     * Another connection to the same open database, for one more concurrent reader (a web request): DuckDB runs
     * statements of different connections in parallel, those of one connection one at a time. Close it after use.
     */
    public Store session() {
        try {
            return new Store(path, (DuckDBConnection) connection.duplicate(), readOnly);
        } catch (SQLException e) {
            throw new StoreException(path + ": cannot open another connection: " + firstLine(e.getMessage()), e);
        }
    }

    public Path path() {
        return path;
    }

    public DuckDBConnection connection() {
        return connection;
    }

    public boolean readOnly() {
        return readOnly;
    }

    public int schemaVersion() {
        try {
            return Schema.currentVersion(connection);
        } catch (SQLException e) {
            throw new StoreException(path + ": " + firstLine(e.getMessage()), e);
        }
    }

    /** A single number from a query with bound parameters. */
    public long count(String sql, Object... parameters) {
        try (PreparedStatement p = connection.prepareStatement(sql)) {
            Sql.bind(p, parameters);
            try (ResultSet r = p.executeQuery()) {
                r.next();
                return r.getLong(1);
            }
        } catch (SQLException e) {
            throw new StoreException(path + ": " + firstLine(e.getMessage()), e);
        }
    }

    /** Writes everything to the database file and truncates the write-ahead log. */
    public void checkpoint() {
        try (Statement s = connection.createStatement()) {
            s.execute("CHECKPOINT");
        } catch (SQLException e) {
            throw new StoreException(path + ": " + firstLine(e.getMessage()), e);
        }
    }

    @Override
    public void close() {
        closeQuietly(connection);
    }

    private static void closeQuietly(Connection connection) {
        try {
            connection.close();
        } catch (SQLException e) {
            // closing a store that failed to open
        }
    }

    static String firstLine(String message) {
        if (message == null) {
            return "unknown error";
        }
        int newline = message.indexOf('\n');
        return newline < 0 ? message : message.substring(0, newline);
    }
}
