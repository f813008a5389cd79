package org.plenary.contribution.contribution;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** One revision of a contribution as it was written; revision 1 is the submission. Never changed once stored. */
@Entity
@Table(name = "contribution_revision")
public class ContributionRevision {

    @Id
    public UUID id;

    @Column(name = "contribution_id", nullable = false)
    public UUID contributionId;

    @Column(nullable = false)
    public int revision;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "submitting_member_states", nullable = false)
    public List<String> submittingMemberStates;

    @Embedded
    public ContributionContent content;

    @Column(name = "on_time", nullable = false)
    public boolean onTime;

    @Column(name = "late_reason")
    public String lateReason;

    /** The secretariat's reason for a new lead, or which state was taken off and by whom. */
    @Column(name = "change_reason")
    public String changeReason;

    @Column(name = "revised_by", nullable = false)
    public String revisedBy;

    @Column(name = "revised_at", nullable = false)
    public Instant revisedAt;
}
