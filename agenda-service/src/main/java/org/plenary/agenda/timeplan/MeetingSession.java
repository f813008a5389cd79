package org.plenary.agenda.timeplan;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Map;
import java.util.UUID;

/** A session of the meeting: a date and a start and end in the meeting's time zone. */
@Entity
@Table(name = "meeting_session")
public class MeetingSession {

    @Id
    public UUID id;

    @Column(name = "meeting_id", nullable = false)
    public String meetingId;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    public Map<String, String> title;

    @Column(nullable = false)
    public LocalDate date;

    @Column(name = "starts", nullable = false)
    public LocalTime start;

    @Column(name = "ends", nullable = false)
    public LocalTime end;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    public int minutes() {
        return (int) Duration.between(start, end).toMinutes();
    }

    public Instant startsAt(ZoneId zone) {
        return date.atTime(start).atZone(zone).toInstant();
    }

    public Instant endsAt(ZoneId zone) {
        return date.atTime(end).atZone(zone).toInstant();
    }

    public boolean overlaps(LocalDate otherDate, LocalTime otherStart, LocalTime otherEnd) {
        return date.equals(otherDate) && start.isBefore(otherEnd) && otherStart.isBefore(end);
    }
}
