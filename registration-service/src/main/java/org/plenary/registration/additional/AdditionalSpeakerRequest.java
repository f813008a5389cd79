package org.plenary.registration.additional;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.UUID;

/** A delegation's request for an additional speaker in one session or on one agenda item, and its decision. */
@Entity
@Table(name = "additional_speaker_request")
public class AdditionalSpeakerRequest {

    public enum Scope { SESSION, ITEM }

    public enum Status { REQUESTED, GRANTED, REFUSED }

    @Id
    public UUID id;

    @Column(name = "meeting_id", nullable = false)
    public String meetingId;

    @Column(name = "member_state", nullable = false)
    public String memberState;

    @Column(name = "participant_id", nullable = false)
    public UUID participantId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Scope scope;

    @Column(name = "scope_id", nullable = false)
    public UUID scopeId;

    @Column(name = "scope_label", nullable = false)
    public String scopeLabel;

    public String reason;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Status status;

    @Column(name = "requested_by", nullable = false)
    public String requestedBy;

    @Column(name = "requested_at", nullable = false)
    public Instant requestedAt;

    @Column(name = "decided_by")
    public String decidedBy;

    @Column(name = "decided_at")
    public Instant decidedAt;

    @Column(name = "decision_reason")
    public String decisionReason;
}
