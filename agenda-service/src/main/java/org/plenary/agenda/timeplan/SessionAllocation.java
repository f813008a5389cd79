package org.plenary.agenda.timeplan;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import java.io.Serializable;
import java.util.UUID;

/** Planned minutes for one agenda item in one session. */
@Entity
@Table(name = "session_allocation")
public class SessionAllocation {

    @EmbeddedId
    public Key key;

    @Column(nullable = false)
    public int minutes;

    /** Order within the session. */
    @Column(nullable = false)
    public int position;

    @Embeddable
    public record Key(@Column(name = "session_id") UUID sessionId, @Column(name = "item_id") UUID itemId)
            implements Serializable {
    }
}
