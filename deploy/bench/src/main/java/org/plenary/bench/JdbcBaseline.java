package org.plenary.bench;

import org.HdrHistogram.Histogram;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The database's floor for a submission: the rows contribution-service writes when a contribution is submitted
 * (the contribution, its submitting state, its first revision, the outbox event), in one transaction, straight over
 * JDBC with one connection per client, at the same concurrency. Written to copies of those tables in a schema
 * {@code bench} of the contribution database, so the service's own data is untouched.
 */
final class JdbcBaseline {

    private static final List<String> TABLES =
            List.of("contribution", "contribution_submitter", "contribution_revision", "outbox_event");

    private JdbcBaseline() {
    }

    /** Every submission the last run committed, its warm-up included (its rows stay until the next run). */
    static long committed(String jdbcUrl, String user, String password) throws SQLException {
        try (Connection connection = DriverManager.getConnection(jdbcUrl, user, password);
             Statement sql = connection.createStatement();
             ResultSet count = sql.executeQuery("select count(*) from bench.contribution")) {
            count.next();
            return count.getLong(1);
        }
    }

    static Measured run(String jdbcUrl, String user, String password, int clients, int warmupSeconds, int seconds)
            throws Exception {
        UUID itemId;
        try (Connection connection = DriverManager.getConnection(jdbcUrl, user, password);
             Statement sql = connection.createStatement()) {
            sql.execute("create schema if not exists bench");
            for (String table : TABLES) {
                sql.execute("drop table if exists bench." + table + " cascade");
                sql.execute("create table bench." + table + " (like public." + table + " including all)");
            }
            sql.execute("alter table bench.contribution_submitter add foreign key (contribution_id) "
                    + "references bench.contribution (id)");
            sql.execute("alter table bench.contribution_revision add foreign key (contribution_id) "
                    + "references bench.contribution (id)");
            try (ResultSet item = sql.executeQuery("select id from agenda_item_replica where number = 5")) {
                item.next();
                itemId = item.getObject(1, UUID.class);
            }
        }
        Histogram latencies = Measured.microsHistogram();
        AtomicLong failed = new AtomicLong();
        long start = System.nanoTime();
        long measureFrom = start + warmupSeconds * 1_000_000_000L;
        long until = measureFrom + seconds * 1_000_000_000L;
        List<Thread> threads = new ArrayList<>();
        for (int i = 0; i < clients; i++) {
            Thread thread = new Thread(() -> {
                try (Connection connection = DriverManager.getConnection(jdbcUrl, user, password)) {
                    connection.setAutoCommit(false);
                    while (System.nanoTime() < until) {
                        long began = System.nanoTime();
                        boolean ok = submit(connection, itemId);
                        long ended = System.nanoTime();
                        if (began >= measureFrom && ended <= until) {
                            if (ok) {
                                synchronized (latencies) {
                                    latencies.recordValue((ended - began) / 1000);
                                }
                            } else {
                                failed.incrementAndGet();
                            }
                        }
                    }
                } catch (SQLException e) {
                    throw new IllegalStateException("JDBC baseline could not connect", e);
                }
            }, "jdbc-baseline-" + i);
            thread.start();
            threads.add(thread);
        }
        for (Thread thread : threads) {
            thread.join();
        }
        return Measured.of(RunKind.JDBC_BASELINE, "JDBC baseline: a submission's transaction",
                "closed, " + clients + " clients", latencies, failed.get(), seconds);
    }

    private static boolean submit(Connection connection, UUID itemId) {
        UUID id = UUID.randomUUID();
        Timestamp now = Timestamp.from(Instant.now());
        String title = "Benchmark contribution " + id;
        String comments = "Kenya supports the report and asks for a virtual preparatory meeting.";
        String wayForward = "Council notes the report and instructs the secretariat to organise the meeting.";
        try (PreparedStatement contribution = connection.prepareStatement("insert into bench.contribution (id, "
                + "meeting_id, status, item_id, item_number, document_reference, title, comments_on_document, "
                + "proposed_way_forward, language, contact_name, contact_email, words, estimated_pages, on_time, "
                + "revision, submitted_by, submitted_at, revised_at) values (?, 'C20-VC', 'SUBMITTED', ?, 5, "
                + "'C20/55', ?, ?, ?, 'en', 'Jane Wanjiru', 'jane.wanjiru@ken.example.org', 25, 0.1, true, 1, "
                + "'focal-point@ken.example.org', ?, ?)");
             PreparedStatement submitter = connection.prepareStatement("insert into bench.contribution_submitter "
                     + "(contribution_id, position, member_state) values (?, 0, 'KEN')");
             PreparedStatement revision = connection.prepareStatement("insert into bench.contribution_revision (id, "
                     + "contribution_id, revision, item_id, item_number, document_reference, "
                     + "submitting_member_states, title, comments_on_document, proposed_way_forward, language, "
                     + "contact_name, contact_email, words, estimated_pages, on_time, revised_by, revised_at) "
                     + "values (?, ?, 1, ?, 5, 'C20/55', '[\"KEN\"]'::jsonb, ?, ?, ?, 'en', 'Jane Wanjiru', "
                     + "'jane.wanjiru@ken.example.org', 25, 0.1, true, 'focal-point@ken.example.org', ?)");
             PreparedStatement outbox = connection.prepareStatement("insert into bench.outbox_event (event_id, "
                     + "topic, message_key, type, envelope, created_at) values (?, 'contribution.events', ?, "
                     + "'ContributionSubmitted', ?, ?)")) {
            contribution.setObject(1, id);
            contribution.setObject(2, itemId);
            contribution.setString(3, title);
            contribution.setString(4, comments);
            contribution.setString(5, wayForward);
            contribution.setTimestamp(6, now);
            contribution.setTimestamp(7, now);
            contribution.executeUpdate();
            submitter.setObject(1, id);
            submitter.executeUpdate();
            revision.setObject(1, UUID.randomUUID());
            revision.setObject(2, id);
            revision.setObject(3, itemId);
            revision.setString(4, title);
            revision.setString(5, comments);
            revision.setString(6, wayForward);
            revision.setTimestamp(7, now);
            revision.executeUpdate();
            outbox.setObject(1, UUID.randomUUID());
            outbox.setString(2, id.toString());
            outbox.setString(3, "{\"specversion\":\"1.0\",\"type\":\"ContributionSubmitted\",\"id\":\"" + id
                    + "\",\"data\":{\"title\":\"" + title + "\",\"comments\":\"" + comments + "\"}}");
            outbox.setTimestamp(4, now);
            outbox.executeUpdate();
            connection.commit();
            return true;
        } catch (SQLException e) {
            try {
                connection.rollback();
            } catch (SQLException ignored) {
                // the connection is gone; the next statement says so
            }
            return false;
        }
    }
}
