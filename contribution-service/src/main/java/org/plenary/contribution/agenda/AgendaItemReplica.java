package org.plenary.contribution.agenda;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

/** An agenda item as agenda-service last announced it: what a contribution may refer to. */
@Entity
@Table(name = "agenda_item_replica")
public class AgendaItemReplica {

    @Id
    public UUID id;

    @Column(name = "meeting_id", nullable = false)
    public String meetingId;

    @Column(nullable = false)
    public int number;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    public Map<String, String> title;

    @Column(name = "document_reference")
    public String documentReference;

    @Column(nullable = false)
    public String outcome;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    /** The aggregate version of the last event applied here; an event that is not newer is ignored. */
    @Column(name = "applied_version")
    public Long appliedVersion;

    /** Set when agenda-service removed the item: no new contribution may refer to it. */
    @Column(name = "removed_at")
    public Instant removedAt;
}
