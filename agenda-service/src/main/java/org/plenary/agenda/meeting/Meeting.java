package org.plenary.agenda.meeting;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;

/** A consultation: its time zone, dates, contribution deadline and the mailboxes its emails go to. */
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

    public record Mailboxes(String contributions, String speakerRegistration, String speakerRegistrationCc,
                            String secretariat) {
    }

    public record Capacity(int speakers, int viewers, int speakersPerDelegationMin, int speakersPerDelegationMax) {
    }
}
