package org.plenary.bench;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * The statements registration-service runs when a viewer registers while the pool has room (its ViewerFastPath):
 * the delegation read, the same person's earlier registration looked for by the partial unique index's query, the
 * participant and the outbox event inserted, then the pool's place taken by a conditional UPDATE and the delegation's
 * counter raised. For a meeting of its own with a delegation per member state, the states in turn.
 */
final class RegistrationTransaction implements JdbcBaseline.Transaction {

    private static final String MEETING = "BENCH-JDBC";
    private final List<String> states = new ArrayList<>();

    @Override
    public RunKind kind() {
        return RunKind.JDBC_REGISTRATION_BASELINE;
    }

    @Override
    public String name() {
        return "JDBC baseline: a registration's transaction";
    }

    @Override
    public String committedTable() {
        return "participant";
    }

    @Override
    public void prepare(Statement sql) throws SQLException {
        JdbcBaseline.copyTables(sql, List.of("meeting_capacity", "delegation", "participant", "outbox_event"));
        sql.execute("alter table bench.participant add foreign key (delegation_id) references bench.delegation (id)");
        sql.execute("insert into bench.meeting_capacity (meeting_id, speakers, viewers, speakers_per_delegation_min, "
                + "speakers_per_delegation_max, updated_at) values ('" + MEETING + "', 300, 100000000, 1, 3, now())");
        sql.execute("insert into bench.delegation (id, meeting_id, member_state) select gen_random_uuid(), '"
                + MEETING + "', code from member_state");
        try (ResultSet codes = sql.executeQuery("select member_state from bench.delegation order by member_state")) {
            while (codes.next()) {
                states.add(codes.getString(1));
            }
        }
    }

    @Override
    public void write(Connection connection, long n) throws SQLException {
        String state = states.get((int) (n % states.size()));
        String email = "viewer-" + n + "@" + state.toLowerCase() + ".bench.example.org";
        Timestamp now = Timestamp.from(Instant.now());
        UUID participantId = UUID.randomUUID();
        try (PreparedStatement delegation = connection.prepareStatement(
                "select id from bench.delegation where meeting_id = ? and member_state = ?");
             PreparedStatement earlier = connection.prepareStatement("select id from bench.participant where "
                     + "meeting_id = ? and lower(email) = lower(?) and status <> 'CANCELLED'");
             PreparedStatement participant = connection.prepareStatement("insert into bench.participant (id, "
                     + "delegation_id, meeting_id, member_state, name, email, function, language, role, status, "
                     + "join_token_hash, registered_at, updated_at) values (?, ?, ?, ?, ?, ?, 'Observer', 'en', "
                     + "'VIEWER', 'ACTIVE', ?, ?, ?)");
             PreparedStatement outbox = connection.prepareStatement("insert into bench.outbox_event (event_id, "
                     + "topic, message_key, type, envelope, created_at) values (?, 'registration.events', ?, "
                     + "'ParticipantRegistered', ?, ?)");
             PreparedStatement place = connection.prepareStatement("update bench.meeting_capacity set viewers_used "
                     + "= viewers_used + 1 where meeting_id = ? and viewers_used < viewers");
             PreparedStatement counter = connection.prepareStatement(
                     "update bench.delegation set viewers = viewers + 1 where id = ?")) {
            delegation.setString(1, MEETING);
            delegation.setString(2, state);
            UUID delegationId;
            try (ResultSet found = delegation.executeQuery()) {
                found.next();
                delegationId = found.getObject(1, UUID.class);
            }
            earlier.setString(1, MEETING);
            earlier.setString(2, email);
            try (ResultSet found = earlier.executeQuery()) {
                if (found.next()) {
                    throw new SQLException("already registered: " + email);
                }
            }
            participant.setObject(1, participantId);
            participant.setObject(2, delegationId);
            participant.setString(3, MEETING);
            participant.setString(4, state);
            participant.setString(5, "Viewer " + n);
            participant.setString(6, email);
            participant.setString(7, UUID.randomUUID().toString());
            participant.setTimestamp(8, now);
            participant.setTimestamp(9, now);
            participant.executeUpdate();
            outbox.setObject(1, UUID.randomUUID());
            outbox.setString(2, MEETING + "/" + state);
            outbox.setString(3, "{\"specversion\":\"1.0\",\"type\":\"ParticipantRegistered\",\"id\":\""
                    + participantId + "\",\"data\":{\"meetingId\":\"" + MEETING + "\",\"memberState\":\"" + state
                    + "\",\"name\":\"Viewer " + n + "\",\"email\":\"" + email + "\",\"role\":\"VIEWER\"}}");
            outbox.setTimestamp(4, now);
            outbox.executeUpdate();
            place.setString(1, MEETING);
            if (place.executeUpdate() != 1) {
                throw new SQLException("the pool is full");
            }
            counter.setObject(1, delegationId);
            counter.executeUpdate();
        }
    }
}
