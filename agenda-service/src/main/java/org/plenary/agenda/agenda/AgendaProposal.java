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
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/** A member state's proposal on an item; the counts shown on the agenda are derived from these rows. */
@Entity
@Table(name = "agenda_proposal")
public class AgendaProposal {

    @Id
    public UUID id;

    @Column(name = "meeting_id", nullable = false)
    public String meetingId;

    /**
     * The item for MOVE_* proposals, and for NEW_ITEM once that item is on the agenda; null for DISCUSS_ALL_ITEMS_VIRTUALLY
     * and for a new item still only proposed.
     */
    @Column(name = "item_id")
    public UUID itemId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Kind kind;

    /** ISO 3166-1 alpha-3; null for the seed's anonymous counts. */
    @Column(name = "member_state")
    public String memberState;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "proposed_title")
    public Map<String, String> proposedTitle;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    public enum Kind {
        MOVE_TO_PHYSICAL_MEETING, MOVE_TO_VIRTUAL_CONSULTATION, NEW_ITEM, DISCUSS_ALL_ITEMS_VIRTUALLY;

        /** Whether a member state's proposal of this kind names an item (else it is about the agenda as a whole). */
        public boolean onItem() {
            return this == MOVE_TO_PHYSICAL_MEETING || this == MOVE_TO_VIRTUAL_CONSULTATION;
        }

        /** Counts by kind as the API and the events give them: by the kind's name, in the kinds' order. */
        public static Map<String, Integer> byName(Map<Kind, Integer> counts) {
            Map<String, Integer> byName = new LinkedHashMap<>();
            if (counts != null) {
                counts.forEach((kind, count) -> byName.put(kind.name(), count));
            }
            return byName;
        }
    }
}
