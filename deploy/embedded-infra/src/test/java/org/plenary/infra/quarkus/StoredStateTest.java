package org.plenary.infra.quarkus;

import org.junit.jupiter.api.Test;
import org.plenary.infra.EmbeddedPostgresServer;
import org.plenary.infra.Engines;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** The probe's reading of what a service stores: every change seen, the ignored columns and tables left out. */
class StoredStateTest {

    private static final String DATABASE = "stored_state_test";

    @Test
    void aReadSeesEveryChangeToARowAndNothingElse() throws SQLException {
        Engines.shared().postgres().createDatabase(DATABASE);
        sql("drop table if exists meeting, outbox_event, processed_event",
                "create table meeting (id text primary key, title text)",
                "create table outbox_event (id int primary key, published_at timestamptz)",
                "create table processed_event (id int primary key)",
                "insert into meeting values ('C20-VC', 'Council 2020')",
                "insert into outbox_event values (1, null)");
        try (StoredState stored = new StoredState(DATABASE, Map.of("outbox_event", Set.of("published_at")))) {
            Map<String, String> first = stored.read();
            assertThat(first).containsOnlyKeys("meeting", "outbox_event");
            assertThat(stored.read()).as("nothing changed").isEqualTo(first);

            sql("update meeting set title = 'Council 2020, virtual' where id = 'C20-VC'");
            Map<String, String> renamed = stored.read();
            assertThat(StoredState.changes(first, renamed)).containsExactly("meeting");

            sql("update outbox_event set published_at = now()", "insert into processed_event values (1)");
            assertThat(StoredState.changes(renamed, stored.read())).as("only the background's columns and tables")
                    .isEmpty();

            sql("delete from outbox_event");
            assertThat(StoredState.changes(renamed, stored.read())).containsExactly("outbox_event");
        }
    }

    private static void sql(String... statements) throws SQLException {
        try (Connection connection = DriverManager.getConnection(Engines.shared().postgres().jdbcUrl(DATABASE),
                EmbeddedPostgresServer.USER, EmbeddedPostgresServer.PASSWORD);
             Statement statement = connection.createStatement()) {
            for (String sql : statements) {
                statement.execute(sql);
            }
        }
    }
}
