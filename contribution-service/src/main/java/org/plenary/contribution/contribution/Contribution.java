package org.plenary.contribution.contribution;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import org.hibernate.annotations.BatchSize;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** A member state's written contribution on an agenda item, as its latest revision stands. */
@Entity
@Table(name = "contribution")
public class Contribution {

    public enum Status { SUBMITTED, PUBLISHED, WITHDRAWN }

    @Id
    public UUID id;

    @Column(name = "meeting_id", nullable = false)
    public String meetingId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Status status;

    /** ISO 3166-1 alpha-3 codes in the order given; the first is the lead. Always read with the contribution. */
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "contribution_submitter", joinColumns = @JoinColumn(name = "contribution_id"))
    @OrderColumn(name = "position")
    @Column(name = "member_state", nullable = false)
    @BatchSize(size = 100)
    public List<String> submittingMemberStates = new ArrayList<>();

    @Embedded
    public ContributionContent content;

    /** Received before the deadline; false when the secretariat accepted it late, with {@link #lateReason}. */
    @Column(name = "on_time", nullable = false)
    public boolean onTime;

    @Column(name = "late_reason")
    public String lateReason;

    @Column(name = "late_accepted_by")
    public String lateAcceptedBy;

    /** 1 for the submission, one more for each revision. */
    @Column(nullable = false)
    public int revision;

    @Column(name = "submitted_by", nullable = false)
    public String submittedBy;

    @Column(name = "submitted_at", nullable = false)
    public Instant submittedAt;

    @Column(name = "revised_at", nullable = false)
    public Instant revisedAt;

    @Column(name = "public_number")
    public Integer publicNumber;

    @Column(name = "public_reference")
    public String publicReference;

    @Column(name = "published_by")
    public String publishedBy;

    @Column(name = "published_at")
    public Instant publishedAt;

    @Column(name = "withdrawn_by")
    public String withdrawnBy;

    @Column(name = "withdrawn_at")
    public Instant withdrawnAt;

    @Column(name = "withdrawal_reason")
    public String withdrawalReason;

    public boolean submittedBy(String memberState) {
        return memberState != null && submittingMemberStates.contains(memberState);
    }

    /**
     * The secretariat and the submitting states see a contribution in every state; every other state once it has
     * been published (a withdrawal after publication does not unpublish what all have read).
     */
    public boolean visibleTo(boolean secretariat, String memberState) {
        return secretariat || publishedAt != null || submittedBy(memberState);
    }
}
