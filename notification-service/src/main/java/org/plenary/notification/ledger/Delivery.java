package org.plenary.notification.ledger;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import org.plenary.notification.emails.Attachment;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;

/** One email: recorded before it is sent, then sent (or retried, or dead), never dropped and never sent twice. */
@Entity
@Table(name = "delivery")
public class Delivery {

    public enum Status { PENDING, SENT, FAILED, DEAD }

    /** A recipient the SMTP server would not take, and what it said (e.g. "550 5.1.1 No such mailbox"). */
    public record Refusal(String address, String reply) {
    }

    @Id
    public UUID id;

    /** The event the email is about; null for reminders and resends. */
    @Column(name = "source_event_id")
    public UUID sourceEventId;

    @Column(nullable = false)
    public String kind;

    @Column(name = "meeting_id")
    public String meetingId;

    @Column(nullable = false)
    public String language;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "to_addresses", nullable = false)
    public List<String> to;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "cc_addresses", nullable = false)
    public List<String> cc;

    /** Who should have been written to but has no address yet, e.g. a state without contact persons. */
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "missing_recipients", nullable = false)
    public List<String> missingRecipients;

    /** The addresses that accepted the email so far; a retry writes only to the others. */
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "delivered_to", nullable = false)
    public List<String> deliveredTo = new ArrayList<>();

    /** The addresses the SMTP server refused for good, with its reply: never tried again. */
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "refused_recipients", nullable = false)
    public List<Refusal> refused = new ArrayList<>();

    @Column(nullable = false)
    public String subject;

    @Column(name = "text_body", nullable = false)
    public String textBody;

    @Column(name = "html_body", nullable = false)
    public String htmlBody;

    /** A participant's join link, sealed; the bodies hold {@code SealedLink.PLACEHOLDER} where it goes. */
    @Column(name = "sealed_link")
    public String sealedLink;

    /** What the link was sealed for: the participant's id. */
    @Column(name = "sealed_for")
    public String sealedFor;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Status status;

    @Column(nullable = false)
    public int attempts;

    /** Real time (retries are operations), as is sentAt; createdAt follows the service's (movable) clock. */
    @Column(name = "next_attempt_at", nullable = false)
    public Instant nextAttemptAt;

    @Column(name = "last_error")
    public String lastError;

    /** Where replies go (Reply-To): the meeting's secretariat mailbox when the email was recorded; null if none. */
    @Column(name = "reply_to")
    public String replyTo;

    /** The From header: the meeting's sender when the email was recorded; null: the configured sender. */
    @Column(name = "from_address")
    public String fromAddress;

    /** Files sent with the email: the contribution as a Word document, the time plan as iCalendar. */
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    public List<Attachment> attachments = List.of();

    /** The Message-ID header, fixed before sending so a receiver can tell a copy. */
    @Column(name = "message_id")
    public String messageId;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "sent_at")
    public Instant sentAt;

    @Column(name = "resend_of")
    public UUID resendOf;

    @Column(name = "reminder_key")
    public String reminderKey;

    /** The W3C trace context the row was recorded in; its SMTP sends are spans of that trace. Null: none was current. */
    public String traceparent;

    /** A reminder sent after its time (the service was down when it was due). */
    @Column(nullable = false)
    public boolean late;

    /** Every address written to, To then Cc, each once whatever its case. */
    public List<String> recipients() {
        Map<String, String> byAddress = new LinkedHashMap<>();
        Stream.concat(to.stream(), cc.stream())
                .forEach(address -> byAddress.putIfAbsent(address.toLowerCase(Locale.ROOT), address));
        return List.copyOf(byAddress.values());
    }
}
