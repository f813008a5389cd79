package org.plenary.agenda.agenda;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

/** One item of a meeting's agenda, as annex 1 of the letter lists it. */
@Entity
@Table(name = "agenda_item")
public class AgendaItem {

    /** A council document as the letter cites it: session C20, document 55. */
    public static final String DOCUMENT_REFERENCE = "C\\d{2}/\\d{1,3}";

    @Id
    public UUID id;

    @Column(name = "meeting_id", nullable = false)
    public String meetingId;

    @Column(nullable = false)
    public int number;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    public Map<String, String> title;

    /** The council document, e.g. C20/55; null for items without one. */
    @Column(name = "document_reference")
    public String documentReference;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Outcome outcome;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Venue venue;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    /** Set when the item is taken off the agenda; its proposals and the versions that had it still point at it. */
    @Column(name = "removed_at")
    public Instant removedAt;

    /** Whether the item's document contains a draft decision or resolution. */
    public enum Outcome {
        NONE, DECISION, RESOLUTION, RESOLUTION_AND_DECISION, UNSPECIFIED
    }

    public enum Venue {
        VIRTUAL_CONSULTATION, PHYSICAL_MEETING
    }
}
