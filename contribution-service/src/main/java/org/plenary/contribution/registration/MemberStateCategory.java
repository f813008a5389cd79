package org.plenary.contribution.registration;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/** A member state's ITU membership category as registration-service last announced it (ContactPersonsChanged). */
@Entity
@Table(name = "member_state_category")
public class MemberStateCategory {

    /** As events' ContactPersonsChanged names them. */
    public enum Category {
        /** A Member State of the ITU Council. */
        COUNCIL_MEMBER_STATE,
        /** A Member State of the ITU, not on its Council. */
        MEMBER_STATE
    }

    @Id
    @Column(name = "member_state")
    public String memberState;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Category category;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    /** The aggregate version of the last event applied here; an event that is not newer is ignored. */
    @Column(name = "applied_version")
    public Long appliedVersion;
}
