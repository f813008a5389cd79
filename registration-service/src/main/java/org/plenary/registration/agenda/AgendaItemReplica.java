package org.plenary.registration.agenda;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

/** An agenda item: a scope an additional speaker may be granted for. */
@Entity
@Table(name = "agenda_item_replica")
public class AgendaItemReplica {

    @Id
    public UUID id;

    @Column(name = "meeting_id", nullable = false)
    public String meetingId;

    @Column(nullable = false)
    public int number;

    @Column(name = "document_reference")
    public String documentReference;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    public Map<String, String> title;

    @Column(name = "removed_at")
    public Instant removedAt;

    /** The aggregate version of the last event applied here; an event that is not newer is ignored. */
    @Column(name = "applied_version")
    public Long appliedVersion;
}
