package org.plenary.contribution.agenda;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;

/** What this service knows of a meeting, from agenda.events: enough to judge a contribution's deadline. */
@Entity
@Table(name = "meeting_replica")
public class MeetingReplica {

    @Id
    public String id;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    public Map<String, String> title;

    @Column(name = "time_zone", nullable = false)
    public String timeZone;

    @Column(name = "starts_on", nullable = false)
    public LocalDate startsOn;

    @Column(name = "contribution_deadline", nullable = false)
    public Instant contributionDeadline;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;
}
