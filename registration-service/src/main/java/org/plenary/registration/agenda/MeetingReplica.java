package org.plenary.registration.agenda;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;

/** A meeting as agenda-service announced it: what delegations register for, and whom it is for. */
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

    /** Whom a meeting is addressed to (events' MeetingScheduled.addressedTo). */
    public enum Audience {
        /** The Member States of the ITU Council. */
        COUNCIL_MEMBER_STATES,
        /** Every Member State. */
        ALL_MEMBER_STATES
    }

    @Enumerated(EnumType.STRING)
    @Column(name = "addressed_to", nullable = false)
    public Audience addressedTo = Audience.ALL_MEMBER_STATES;

    /** Whether the member states it is not addressed to may take part, as observers. */
    @Column(name = "observers_allowed", nullable = false)
    public boolean observersAllowed = true;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    /** The aggregate version of the last event applied here; an event that is not newer is ignored. */
    @Column(name = "applied_version")
    public Long appliedVersion;
}
