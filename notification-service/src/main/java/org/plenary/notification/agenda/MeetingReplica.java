package org.plenary.notification.agenda;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import org.plenary.events.agenda.AgendaAdopted;
import org.plenary.events.agenda.MeetingScheduled;
import org.plenary.events.registration.ContactPersonsChanged;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * A meeting's mailboxes, time zone, deadlines, contact person and audience, from agenda.events: whom to write, from
 * whom, and when to remind.
 */
@Entity
@Table(name = "meeting_replica")
public class MeetingReplica {

    @Id
    public String id;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    public Map<String, String> title;

    @Column(name = "time_zone", nullable = false)
    public String timeZone;

    @Column(name = "starts_on", nullable = false)
    public LocalDate startsOn;

    @Column(name = "contribution_deadline", nullable = false)
    public Instant contributionDeadline;

    /** When the deadline took its current value (the service's clock): reminders due before then are skipped. */
    @Column(name = "deadline_set_at", nullable = false)
    public Instant deadlineSetAt;

    @Column(name = "contributions_mailbox")
    public String contributionsMailbox;

    @Column(name = "speaker_mailbox")
    public String speakerMailbox;

    @Column(name = "speaker_cc_mailbox")
    public String speakerCcMailbox;

    @Column(name = "secretariat_mailbox")
    public String secretariatMailbox;

    /** The From of the meeting's emails; null: the configured sender. */
    public String sender;

    /** The secretariat's contact person, named in every email's footer; null when the meeting names none. */
    @JdbcTypeCode(SqlTypes.JSON)
    public Contact contact;

    /** COUNCIL_MEMBER_STATES or ALL_MEMBER_STATES: whom reminders and announcements go to. */
    @Column(name = "addressed_to", nullable = false)
    public String addressedTo = MeetingScheduled.ALL_MEMBER_STATES;

    /** The last adopted agenda version, and its items, to tell what the next one changed; null before any. */
    @Column(name = "adopted_version")
    public Integer adoptedVersion;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "adopted_items")
    public List<AgendaAdopted.Item> adoptedItems;

    /** ISO 8601 durations before the contribution deadline; null while the configured defaults apply. */
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "reminder_offsets")
    public List<String> reminderOffsets;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    /** The aggregate version of the last event applied here; null before any versioned one. */
    @Column(name = "applied_version")
    public Long appliedVersion;

    public record Contact(String name, String phone, String email) {
    }

    /** Whether the meeting is for this member state, by its membership category (unknown: not a Council member). */
    public boolean addressedTo(String category) {
        return !MeetingScheduled.COUNCIL_MEMBER_STATES.equals(addressedTo)
                || ContactPersonsChanged.COUNCIL_MEMBER_STATE.equals(category);
    }
}
