package org.plenary.registration.delegation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.UUID;

/** A registered member of a delegation: a speaker, a viewer, or waiting for a viewer place. */
@Entity
@Table(name = "participant")
public class Participant {

    public enum Role { SPEAKER, VIEWER }

    public enum Status { ACTIVE, WAITING, CANCELLED }

    @Id
    public UUID id;

    @Column(name = "delegation_id", nullable = false)
    public UUID delegationId;

    @Column(name = "meeting_id", nullable = false)
    public String meetingId;

    @Column(name = "member_state", nullable = false)
    public String memberState;

    @Column(nullable = false)
    public String name;

    @Column(nullable = false)
    public String email;

    public String function;

    /** Preferred UN language. */
    @Column(nullable = false)
    public String language;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Role role;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Status status;

    /** SHA-256 of the join link's token: the token itself is only ever in the link. Null while waiting. */
    @Column(name = "join_token_hash")
    public String joinTokenHash;

    @Column(name = "registered_at", nullable = false)
    public Instant registeredAt;

    @Column(name = "waiting_since")
    public Instant waitingSince;

    @Column(name = "cancelled_at")
    public Instant cancelledAt;

    @Column(name = "cancelled_by")
    public String cancelledBy;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    public boolean isActiveSpeaker() {
        return status == Status.ACTIVE && role == Role.SPEAKER;
    }

    public boolean isActiveViewer() {
        return status == Status.ACTIVE && role == Role.VIEWER;
    }
}
