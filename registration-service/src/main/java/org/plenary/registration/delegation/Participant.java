package org.plenary.registration.delegation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.plenary.registration.capacity.Delegation;

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

    /** A new participant of the delegation, as the registration gives it; its status is for the caller to settle. */
    static Participant of(Delegation delegation, NewParticipant person, Instant now) {
        Participant participant = new Participant();
        participant.id = UUID.randomUUID();
        participant.delegationId = delegation.id;
        participant.meetingId = delegation.meetingId;
        participant.memberState = delegation.memberState;
        participant.name = person.name().strip();
        participant.email = person.email().strip();
        participant.function = person.function() == null ? null : person.function().strip();
        participant.language = person.language();
        participant.role = person.role();
        participant.registeredAt = now;
        participant.updatedAt = now;
        return participant;
    }

    /** Active in {@code role} with a new personal link (the link itself is only ever in {@code issued}). */
    void activate(Role role, JoinLinks.Issued issued, Instant now) {
        this.role = role;
        status = Status.ACTIVE;
        joinTokenHash = issued.hash();
        waitingSince = null;
        updatedAt = now;
    }

    public boolean isActiveSpeaker() {
        return status == Status.ACTIVE && role == Role.SPEAKER;
    }

    public boolean isActiveViewer() {
        return status == Status.ACTIVE && role == Role.VIEWER;
    }
}
