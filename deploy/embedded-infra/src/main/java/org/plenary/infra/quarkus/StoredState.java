package org.plenary.infra.quarkus;

import org.plenary.infra.Engines;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
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
public final class StoredState {

    private static final Set<String> MACHINERY = Set.of("flyway_schema_history", "processed_event");

    private final String jdbcUrl;
    private final Map<String, Set<String>> ignoredColumns;
    private Map<String, String> queries;

    /** @param ignoredColumns by table, the columns background work changes, e.g. outbox_event: published_at */
    public StoredState(String database, Map<String, Set<String>> ignoredColumns) {
        this.jdbcUrl = Engines.shared().postgres().jdbcUrl(database);
        this.ignoredColumns = ignoredColumns;
    }

    /** Table name → "rows:hash". */
    public Map<String, String> read() {
        try (Connection connection = DriverManager.getConnection(jdbcUrl, "postgres", "postgres");
             Statement statement = connection.createStatement()) {
            if (queries == null) {
                queries = queries(statement);
            }
            Map<String, String> state = new TreeMap<>();
            for (Map.Entry<String, String> table : queries.entrySet()) {
                try (ResultSet row = statement.executeQuery(table.getValue())) {
                    row.next();
                    state.put(table.getKey(), row.getLong(1) + ":" + row.getString(2));
                }
            }
            return state;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** What is stored, once two reads 200 ms apart agree (waiting 10 s at most). */
    public Map<String, String> readWhenStill() {
        AtomicReference<Map<String, String>> last = new AtomicReference<>(read());
        await().pollDelay(Duration.ofMillis(200)).pollInterval(Duration.ofMillis(200)).atMost(Duration.ofSeconds(10))
                .until(() -> last.getAndSet(read()).equals(last.get()));
        return last.get();
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

    private Map<String, String> queries(Statement statement) throws SQLException {
        Map<String, List<String>> columns = new LinkedHashMap<>();
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
        Map<String, String> queries = new TreeMap<>();
        columns.forEach((table, names) -> {
            String row = "md5(row(" + String.join(", ", names) + ")::text)";
            queries.put(table, "select count(*), coalesce(md5(string_agg(" + row + ", '' order by " + row
                    + ")), '') from \"" + table + "\"");
        });
        return queries;
    }
}
