package org.plenary.registration.agenda;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

/** A session of the time plan: a scope an additional speaker may be granted for, and when its grant applies. */
@Entity
@Table(name = "session_replica")
public class SessionReplica {

    @Id
    public UUID id;

    @Column(name = "meeting_id", nullable = false)
    public String meetingId;

    @Column(name = "starts_at", nullable = false)
    public Instant startsAt;

    @Column(name = "ends_at", nullable = false)
    public Instant endsAt;

    @JdbcTypeCode(SqlTypes.JSON)
    public Map<String, String> title;

    @Column(name = "cancelled_at")
    public Instant cancelledAt;

    /** The aggregate version of the last event applied here; an event that is not newer is ignored. */
    @Column(name = "applied_version")
    public Long appliedVersion;
}
