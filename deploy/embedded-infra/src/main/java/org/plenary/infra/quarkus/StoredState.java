package org.plenary.infra.quarkus;

import org.plenary.infra.Engines;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicReference;

import static org.awaitility.Awaitility.await;

/**
 * What a service stores, as one fingerprint per table (its row count and a hash of its rows), read straight from its
 * database: a request that was refused must leave every fingerprint as it was. Columns that the service's own
 * background work changes whatever the requests do (an outbox row marked published, a delivery's attempts) are left
 * out, and so are tables only that work writes (the inbox of consumed events, Flyway's history).
 */
public final class StoredState implements AutoCloseable {

    private static final Set<String> MACHINERY = Set.of("flyway_schema_history", "processed_event");

    private final String jdbcUrl;
    private final Map<String, Set<String>> ignoredColumns;
    /** One connection and one query for every table: the probe reads the state after each of its thousands of requests. */
    private Connection connection;
    private String query;
    /**
     * The server's WAL insert position at the last full read, and what that read found: every change to a table
     * writes WAL, so while the position has not moved, nothing stored has changed and the last read still holds.
     */
    private String readAt;
    private Map<String, String> lastRead;

    /** @param ignoredColumns by table, the columns background work changes, e.g. outbox_event: published_at */
    public StoredState(String database, Map<String, Set<String>> ignoredColumns) {
        this.jdbcUrl = Engines.shared().postgres().jdbcUrl(database);
        this.ignoredColumns = ignoredColumns;
    }

    /** Table name → "rows:hash". */
    public Map<String, String> read() {
        try {
            if (connection == null || !connection.isValid(5)) {
                connection = DriverManager.getConnection(jdbcUrl, "postgres", "postgres");
                query = null;
                readAt = null;
            }
            try (Statement statement = connection.createStatement()) {
                String position = walPosition(statement);
                if (position.equals(readAt)) {
                    return lastRead;
                }
                if (query == null) {
                    query = query(statement);
                }
                Map<String, String> state = new TreeMap<>();
                try (ResultSet rows = statement.executeQuery(query)) {
                    while (rows.next()) {
                        state.put(rows.getString(1), rows.getLong(2) + ":" + rows.getString(3));
                    }
                }
                readAt = position;
                lastRead = Collections.unmodifiableMap(state);
                return lastRead;
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Where the server will write its next WAL record; read before the tables, so a change meanwhile is read again. */
    private static String walPosition(Statement statement) throws SQLException {
        try (ResultSet position = statement.executeQuery("select pg_current_wal_insert_lsn()::text")) {
            position.next();
            return position.getString(1);
        }
    }

    /** What is stored, once two reads 200 ms apart agree (waiting 10 s at most). */
    public Map<String, String> readWhenStill() {
        AtomicReference<Map<String, String>> last = new AtomicReference<>(read());
        await().pollDelay(Duration.ofMillis(200)).pollInterval(Duration.ofMillis(200)).atMost(Duration.ofSeconds(10))
                .until(() -> last.getAndSet(read()).equals(last.get()));
        return last.get();
    }

    @Override
    public void close() {
        try {
            if (connection != null) {
                connection.close();
                connection = null;
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The tables whose fingerprint differs. */
    public static List<String> changes(Map<String, String> before, Map<String, String> after) {
        List<String> changed = new ArrayList<>();
        after.forEach((table, fingerprint) -> {
            if (!fingerprint.equals(before.get(table))) {
                changed.add(table);
            }
        });
        return changed;
    }

    private String query(Statement statement) throws SQLException {
        Map<String, List<String>> columns = new TreeMap<>();
        try (ResultSet rows = statement.executeQuery("select table_name, column_name from information_schema.columns "
                + "where table_schema = 'public' order by table_name, ordinal_position")) {
            while (rows.next()) {
                String table = rows.getString(1);
                if (!MACHINERY.contains(table) && !ignoredColumns.getOrDefault(table, Set.of())
                        .contains(rows.getString(2))) {
                    columns.computeIfAbsent(table, t -> new ArrayList<>()).add('"' + rows.getString(2) + '"');
                }
            }
        }
        List<String> selects = new ArrayList<>();
        columns.forEach((table, names) -> {
            String row = "md5(row(" + String.join(", ", names) + ")::text)";
            selects.add("select '" + table + "', count(*), coalesce(md5(string_agg(" + row + ", '' order by " + row
                    + ")), '') from \"" + table + "\"");
        });
        return String.join(" union all ", selects);
    }
}
