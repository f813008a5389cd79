package org.plenary.registration.capacity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/**
 * A meeting's speaker and viewer pools and how much of them is used. Every change of a place locks this row first,
 * so the checks and the counts hold under concurrency, on any number of replicas.
 */
@Entity
@Table(name = "meeting_capacity")
public class MeetingCapacity {

    @Id
    @Column(name = "meeting_id")
    public String meetingId;

    @Column(nullable = false)
    public int speakers;

    @Column(nullable = false)
    public int viewers;

    @Column(name = "speakers_per_delegation_min", nullable = false)
    public int speakersPerDelegationMin;

    @Column(name = "speakers_per_delegation_max", nullable = false)
    public int speakersPerDelegationMax;

    /** Regular speakers (active participants with role SPEAKER); grants are counted per scope, not here. */
    @Column(name = "speakers_used", nullable = false)
    public int speakersUsed;

    @Column(name = "viewers_used", nullable = false)
    public int viewersUsed;

    /** Who set the pools last; null while they are the meeting's announced ones (MeetingScheduled). */
    @Column(name = "set_by")
    public String setBy;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;
}
