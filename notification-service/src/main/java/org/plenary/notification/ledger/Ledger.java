package org.plenary.notification.ledger;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.plenary.events.AfterCommit;
import org.plenary.events.tracing.EventTraces;
import org.plenary.notification.emails.Composed;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Records an email as a ledger row inside the caller's transaction (with the inbox row of the event it answers),
 * then wakes the sender once that transaction commits. The same event or reminder never makes a second row.
 */
@ApplicationScoped
public class Ledger {

    private static final Object WAKE_REGISTERED = new Object();

    private final DeliveryRepository deliveries;
    private final DeliveryConfig config;
    private final DeliverySender sender;
    private final AfterCommit afterCommit;
    private final Clock clock;

    public Ledger(DeliveryRepository deliveries, DeliveryConfig config, DeliverySender sender,
                  AfterCommit afterCommit, Clock clock) {
        this.deliveries = deliveries;
        this.config = config;
        this.sender = sender;
        this.afterCommit = afterCommit;
        this.clock = clock;
    }

    /** For an event: one email per event and kind. */
    @Transactional(Transactional.TxType.MANDATORY)
    public Optional<Delivery> record(UUID sourceEventId, String meetingId, Composed email) {
        if (deliveries.existsFor(sourceEventId, email.kind().name())) {
            return Optional.empty();
        }
        Delivery delivery = row(meetingId, email);
        delivery.sourceEventId = sourceEventId;
        return Optional.of(save(delivery));
    }

    /** For a reminder: one email per reminder key (meeting, kind, deadline, offset, state). */
    @Transactional(Transactional.TxType.MANDATORY)
    public Optional<Delivery> recordReminder(String reminderKey, String meetingId, Composed email, boolean late) {
        return recordOnce(reminderKey, meetingId, email, late);
    }

    /**
     * For an announcement one event makes to many states: one email per key (the event and the state), where
     * {@link #record} allows one per event and kind.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Optional<Delivery> recordAnnouncement(String key, String meetingId, Composed email) {
        return recordOnce(key, meetingId, email, false);
    }

    private Optional<Delivery> recordOnce(String key, String meetingId, Composed email, boolean late) {
        if (deliveries.existsForReminder(key)) {
            return Optional.empty();
        }
        Delivery delivery = row(meetingId, email);
        delivery.reminderKey = key;
        delivery.late = late;
        return Optional.of(save(delivery));
    }

    /** A new row with the first one's content, linked to it; the first stays as it was. */
    @Transactional(Transactional.TxType.MANDATORY)
    public Delivery resend(Delivery first) {
        Delivery copy = new Delivery();
        copy.id = UUID.randomUUID();
        copy.kind = first.kind;
        copy.meetingId = first.meetingId;
        copy.language = first.language;
        copy.to = first.to;
        copy.cc = first.cc;
        copy.missingRecipients = first.missingRecipients;
        copy.subject = first.subject;
        copy.textBody = first.textBody;
        copy.htmlBody = first.htmlBody;
        copy.sealedLink = first.sealedLink;
        copy.sealedFor = first.sealedFor;
        copy.replyTo = first.replyTo;
        copy.fromAddress = first.fromAddress;
        copy.attachments = first.attachments;
        copy.resendOf = first.id;
        return save(initial(copy));
    }

    private Delivery row(String meetingId, Composed email) {
        Delivery delivery = new Delivery();
        delivery.id = UUID.randomUUID();
        delivery.kind = email.kind().name();
        delivery.meetingId = meetingId;
        delivery.language = email.language();
        List<String> to = new ArrayList<>(email.to());
        List<String> cc = new ArrayList<>(email.cc());
        if (to.isEmpty() && !cc.isEmpty()) {
            to.add(cc.remove(0));
        }
        cc.removeAll(to);
        delivery.to = to;
        delivery.cc = cc;
        delivery.missingRecipients = email.missingRecipients();
        delivery.subject = email.subject();
        delivery.textBody = email.text();
        delivery.htmlBody = email.html();
        delivery.replyTo = email.replyTo();
        delivery.fromAddress = email.from();
        delivery.attachments = email.attachments();
        if (email.link() != null) {
            delivery.sealedLink = email.link().sealed();
            delivery.sealedFor = email.link().context();
        }
        return initial(delivery);
    }

    private Delivery initial(Delivery delivery) {
        delivery.createdAt = clock.instant();
        delivery.nextAttemptAt = Instant.now();
        delivery.messageId = "<" + delivery.id + "@" + config.messageIdDomain() + ">";
        delivery.traceparent = EventTraces.currentTraceparent();
        if (delivery.to.isEmpty()) {
            // Nobody to write to yet (a state without contact persons): kept, visible, resendable once known.
            delivery.status = Delivery.Status.DEAD;
            delivery.lastError = "no recipient address: " + String.join(", ", delivery.missingRecipients);
        } else {
            delivery.status = Delivery.Status.PENDING;
        }
        return delivery;
    }

    private Delivery save(Delivery delivery) {
        deliveries.persist(delivery);
        wakeSenderAfterCommit();
        return delivery;
    }

    private void wakeSenderAfterCommit() {
        afterCommit.once(WAKE_REGISTERED, sender::wake);
    }
}
