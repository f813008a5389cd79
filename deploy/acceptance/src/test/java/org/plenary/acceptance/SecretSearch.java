package org.plenary.acceptance;

import org.plenary.infra.EmbeddedPostgresServer;
import org.plenary.infra.PlenaryTopics;
import org.plenary.local.PlenaryLocal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Where a secret (a join link's token) can be found in the running system: every record of every topic (dead letters
 * included), every row of every table of every service's database (outbox, inbox, ledger...), every line the
 * services and the launcher logged. The one place it may be is the email to its owner, which is not searched here.
 */
final class SecretSearch {

    private static final String POSTGRES = "jdbc:postgresql://127.0.0.1:15432/";

    private SecretSearch() {
    }

    /** Each place the secret was found, as "topic registration.events" or "table notification.delivery". */
    static List<String> whereIs(String secret, LocalRun run) throws SQLException, IOException {
        List<String> found = new ArrayList<>();
        for (String topic : PlenaryTopics.ALL) {
            if (Topic.read(topic).stream().anyMatch(r -> r.value() != null && r.value().contains(secret)
                    || r.key() != null && r.key().contains(secret))) {
                found.add("topic " + topic);
            }
        }
        for (PlenaryLocal.Service service : PlenaryLocal.SERVICES) {
            found.addAll(tablesHolding(secret, service.database()));
        }
        try (Stream<Path> logs = Files.walk(run.data().resolve("logs"))) {
            for (Path log : logs.filter(Files::isRegularFile).toList()) {
                if (new String(Files.readAllBytes(log), StandardCharsets.UTF_8).contains(secret)) {
                    found.add("log " + log.getFileName());
                }
            }
        }
        if (run.output().stream().anyMatch(line -> line.contains(secret))) {
            found.add("the launcher's output");
        }
        return found;
    }

    private static List<String> tablesHolding(String secret, String database) throws SQLException {
        List<String> found = new ArrayList<>();
        try (Connection connection = DriverManager.getConnection(POSTGRES + database, EmbeddedPostgresServer.USER,
                EmbeddedPostgresServer.PASSWORD); Statement statement = connection.createStatement()) {
            List<String> tables = new ArrayList<>();
            try (ResultSet rows = statement.executeQuery("select table_schema || '.' || table_name from "
                    + "information_schema.tables where table_type = 'BASE TABLE' and table_schema not in "
                    + "('pg_catalog', 'information_schema')")) {
                while (rows.next()) {
                    tables.add(rows.getString(1));
                }
            }
            for (String table : tables) {
                try (ResultSet rows = statement.executeQuery("select count(*) from " + table
                        + " t where strpos(t::text, '" + secret.replace("'", "''") + "') > 0")) {
                    rows.next();
                    if (rows.getLong(1) > 0) {
                        found.add("table " + database + "." + table);
                    }
                }
            }
        }
        return found;
    }
}
