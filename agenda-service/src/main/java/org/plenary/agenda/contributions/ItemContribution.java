package org.plenary.agenda.contributions;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A contribution on an agenda item, as contribution-service announced it (this service's replica). */
@Entity
@Table(name = "item_contribution")
public class ItemContribution {

    @Id
    @Column(name = "contribution_id")
    public UUID contributionId;

    @Column(name = "meeting_id", nullable = false)
    public String meetingId;

    @Column(name = "item_id", nullable = false)
    public UUID itemId;

    @Column(nullable = false)
    public String title;

    /** ISO 3166-1 alpha-3; the first is the lead. */
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "submitting_states", nullable = false)
    public List<String> submittingStates;

    @Column(name = "on_time", nullable = false)
    public boolean onTime;

    @Column(nullable = false)
    public boolean published;

    @Column(name = "public_reference")
    public String publicReference;

    @Column(nullable = false)
    public boolean withdrawn;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    /** The aggregate version of the last event applied here; an event that is not newer is ignored. */
    @Column(name = "applied_version")
    public Long appliedVersion;
}
