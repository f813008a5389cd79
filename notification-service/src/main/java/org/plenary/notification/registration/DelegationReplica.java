package org.plenary.notification.registration;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** How many speakers a delegation has named, from SpeakersChanged: who still needs a speaker reminder. */
@Entity
@Table(name = "delegation_replica")
public class DelegationReplica {

    /** {@code <meetingId>/<memberState>} */
    @Id
    public String id;

    @Column(name = "meeting_id", nullable = false)
    public String meetingId;

    @Column(name = "member_state", nullable = false)
    public String memberState;

    @Column(nullable = false)
    public int speakers;

    /** The aggregate version of the last event applied here; null before any versioned one. */
    @Column(name = "applied_version")
    public Long appliedVersion;
}
