package org.plenary.agenda.meeting;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.UUID;

/** One setting of a meeting's contribution deadline; the rows of a meeting are its deadline's history. */
@Entity
@Table(name = "contribution_deadline_change")
public class ContributionDeadlineChange {

    @Id
    public UUID id;

    @Column(name = "meeting_id", nullable = false)
    public String meetingId;

    @Column(nullable = false)
    public Instant deadline;

    /** Null for the first setting, when the meeting was scheduled. */
    @Column(name = "previous_deadline")
    public Instant previousDeadline;

    @Column(nullable = false)
    public String reason;

    @Column(name = "changed_by", nullable = false)
    public String changedBy;

    @Column(name = "changed_at", nullable = false)
    public Instant changedAt;
}
