package org.plenary.registration.capacity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.util.UUID;

/** A member state's delegation to a meeting, with its active speakers and viewers counted. */
@Entity
@Table(name = "delegation")
public class Delegation {

    @Id
    public UUID id;

    @Column(name = "meeting_id", nullable = false)
    public String meetingId;

    @Column(name = "member_state", nullable = false)
    public String memberState;

    @Column(nullable = false)
    public int speakers;

    @Column(nullable = false)
    public int viewers;

    /** The Kafka key of the delegation's events: one delegation's changes stay in order. */
    public String key() {
        return keyOf(meetingId, memberState);
    }

    public static String keyOf(String meetingId, String memberState) {
        return meetingId + "/" + memberState;
    }
}
