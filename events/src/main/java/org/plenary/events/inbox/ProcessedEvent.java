package org.plenary.events.inbox;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import java.io.Serializable;
import java.time.Instant;
import java.util.UUID;

/** An event whose effect is committed, recorded in the same transaction as that effect. */
@Entity
@Table(name = "processed_event")
public class ProcessedEvent {

    @EmbeddedId
    public Key key;

    @Column(nullable = false)
    public String type;

    @Column(name = "processed_at", nullable = false)
    public Instant processedAt;

    @Embeddable
    public record Key(@Column(name = "consumer") String consumer, @Column(name = "event_id") UUID eventId)
            implements Serializable {
    }
}
