package org.plenary.bench;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * The rows contribution-service writes when a contribution is submitted: the contribution, its submitting state, its
 * first revision and the outbox event.
 */
final class SubmissionTransaction implements JdbcBaseline.Transaction {

    private UUID itemId;

    @Override
    public RunKind kind() {
        return RunKind.JDBC_BASELINE;
    }

    @Override
    public String name() {
        return "JDBC baseline: a submission's transaction";
    }

    @Override
    public String committedTable() {
        return "contribution";
    }

    @Override
    public void prepare(Statement sql) throws SQLException {
        JdbcBaseline.copyTables(sql,
                List.of("contribution", "contribution_submitter", "contribution_revision", "outbox_event"));
        sql.execute("alter table bench.contribution_submitter add foreign key (contribution_id) "
                + "references bench.contribution (id)");
        sql.execute("alter table bench.contribution_revision add foreign key (contribution_id) "
                + "references bench.contribution (id)");
        try (ResultSet item = sql.executeQuery("select id from agenda_item_replica where number = 5")) {
            item.next();
            itemId = item.getObject(1, UUID.class);
        }
    }

    @Override
    public void write(Connection connection, long n) throws SQLException {
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
        }
    }
}
