package org.plenary.agenda.meeting;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;

/**
 * A consultation: its time zone, dates, contribution deadline, the mailboxes its emails go to, its contact person and
 * whom it is addressed to.
 */
@Entity
@Table(name = "meeting")
public class Meeting {

    @Id
    public String id;

    /** By UN language code: ar, zh, en, fr, ru, es. */
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    public Map<String, String> title;

    /** IANA time zone, e.g. Europe/Zurich. */
    @Column(name = "time_zone", nullable = false)
    public String timeZone;

    @Column(name = "starts_on", nullable = false)
    public LocalDate startsOn;

    @Column(name = "contribution_deadline", nullable = false)
    public Instant contributionDeadline;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    public Mailboxes mailboxes;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    public Capacity capacity;

    /** The secretariat's contact person for the meeting (the letter's header); null when none is given. */
    @JdbcTypeCode(SqlTypes.JSON)
    public Contact contact;

    /** Whom the meeting is for: reminders and announcements go to these member states. */
    @Enumerated(EnumType.STRING)
    @Column(name = "addressed_to", nullable = false)
    public Audience addressedTo = Audience.ALL_MEMBER_STATES;

    /** Whether member states it is not addressed to may register and contribute as observers. */
    @Column(name = "observers_allowed", nullable = false)
    public boolean observersAllowed = true;

    @Column(name = "convened_by")
    public String convenedBy;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    /** When the time plan was last published; null while it never was. */
    @Column(name = "time_plan_published_at")
    public Instant timePlanPublishedAt;

    /** When a session or allocation last changed; after the publication, the plan is a draft again. */
    @Column(name = "time_plan_changed_at")
    public Instant timePlanChangedAt;

    @Version
    public long version;

    /** @param sender the From of the meeting's emails; null: notification-service's configured sender */
    public record Mailboxes(String contributions, String speakerRegistration, String speakerRegistrationCc,
                            String secretariat, String sender) {
    }

    /** The letter's "联系人 / 电话 / 电子邮件": Ms Béatrice Pluchon, +41 22 730 6266, gbs@itu.int. */
    public record Contact(String name, String phone, String email) {
    }

    /** The letter is addressed to the ITU Council's Member States ("致国际电联理事国"). */
    public enum Audience {
        COUNCIL_MEMBER_STATES, ALL_MEMBER_STATES
    }

    public record Capacity(int speakers, int viewers, int speakersPerDelegationMin, int speakersPerDelegationMax) {
    }
}
