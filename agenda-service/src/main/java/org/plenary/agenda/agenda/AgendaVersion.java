package org.plenary.agenda.agenda;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.hibernate.annotations.Immutable;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** The agenda as adopted: written once, never changed. */
@Entity
@Immutable
@Table(name = "agenda_version")
public class AgendaVersion {

    @EmbeddedId
    public Key key;

    /** Null for version 1; why the agenda changed for later versions. */
    public String reason;

    @Column(name = "adopted_by", nullable = false)
    public String adoptedBy;

    @Column(name = "adopted_at", nullable = false)
    public Instant adoptedAt;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    public List<Item> items;

    @Embeddable
    public record Key(@Column(name = "meeting_id") String meetingId, @Column(name = "number") int number)
            implements Serializable {
    }

    /** An item as it stood in this version. */
    public record Item(UUID itemId, int number, Map<String, String> title, String documentReference, String outcome) {
    }
}
