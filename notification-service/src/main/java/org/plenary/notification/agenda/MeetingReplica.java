package org.plenary.notification.agenda;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** A meeting's mailboxes, time zone and deadlines, from agenda.events: whom to write, and when to remind. */
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

    /** ISO 8601 durations before the contribution deadline; null while the configured defaults apply. */
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "reminder_offsets")
    public List<String> reminderOffsets;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;
}
