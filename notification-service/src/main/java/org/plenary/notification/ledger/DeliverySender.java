package org.plenary.notification.ledger;

import io.quarkus.mailer.Mail;
import io.quarkus.mailer.Mailer;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.eclipse.microprofile.context.ManagedExecutor;
import org.jboss.logging.Logger;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Sends the ledger's unsent rows in the order they were recorded, one transaction per email: it locks the oldest
 * unsent row (another replica skips it), sends it over SMTP and marks it sent before committing, so a crash can leave
 * at most the one email in flight to be sent again (with the same Message-ID). A failure is retried with exponential
 * backoff and jitter, and stops the drain: while SMTP is failing nothing newer is tried, so when it returns the
 * backlog drains in the order it was recorded. Woken after every commit that recorded an email, and every second for
 * retries.
 */
@ApplicationScoped
public class DeliverySender {

    private static final Logger LOG = Logger.getLogger(DeliverySender.class);

    private final DeliveryRepository deliveries;
    private final DeliveryConfig config;
    private final Mailer mailer;
    private final ManagedExecutor executor;
    private final AtomicBoolean running = new AtomicBoolean();
    private volatile boolean stopping;
    private final AtomicBoolean again = new AtomicBoolean();
    /** While SMTP failed, nothing is tried before this instant (this replica's view; the rows hold the truth). */
    private final AtomicReference<Instant> pausedUntil = new AtomicReference<>(Instant.MIN);

    public DeliverySender(DeliveryRepository deliveries, DeliveryConfig config, Mailer mailer,
                          ManagedExecutor executor) {
        this.deliveries = deliveries;
        this.config = config;
        this.mailer = mailer;
        this.executor = executor;
    }

    public void wake() {
        if (!stopping) {
            executor.execute(this::drain);
        }
    }

    @Scheduled(every = "1s", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void poll() {
        if (!stopping) {
            drain();
        }
    }

    /** What is unsent stays in the ledger for the next start; nothing new is tried while shutting down. */
    void onStop(@Observes ShutdownEvent event) {
        stopping = true;
    }

    /** Sends until nothing is due; one drain at a time in this replica, a second request runs it again after. */
    public void drain() {
        if (!running.compareAndSet(false, true)) {
            again.set(true);
            return;
        }
        try {
            do {
                again.set(false);
                while (QuarkusTransaction.requiringNew().call(this::sendOldest)) {
                    // the next one
                }
            } while (again.get());
        } catch (RuntimeException e) {
            LOG.warn("Sending deliveries failed; the next poll retries", e);
        } finally {
            running.set(false);
        }
    }

    /** @return whether an email was settled (sent or dead), so there may be more */
    private boolean sendOldest() {
        Instant now = Instant.now();
        if (now.isBefore(pausedUntil.get())) {
            return false;
        }
        Optional<Delivery> oldest = deliveries.lockOldestUnsent();
        // The oldest unsent row waiting for its retry holds back everything newer.
        return oldest.filter(delivery -> !delivery.nextAttemptAt.isAfter(now)).map(this::send).orElse(false);
    }

    private boolean send(Delivery delivery) {
        // Real time: retries are operations, not the meeting's (possibly simulated) time.
        Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
        delivery.attempts++;
        try {
            Mail mail = new Mail().setSubject(delivery.subject).setText(delivery.textBody).setHtml(delivery.htmlBody)
                    .setTo(delivery.to).setCc(delivery.cc)
                    .addHeader("Message-ID", delivery.messageId)
                    .addHeader("X-Plenary-Delivery", delivery.id.toString());
            mailer.send(mail);
            delivery.status = Delivery.Status.SENT;
            delivery.sentAt = now;
            delivery.lastError = null;
            return true;
        } catch (RuntimeException e) {
            delivery.lastError = e.getMessage() == null ? e.getClass().getName() : e.getMessage();
            if (delivery.attempts >= config.maxAttempts()) {
                delivery.status = Delivery.Status.DEAD;
                LOG.errorf("Delivery %s is dead after %d attempts: %s", delivery.id, delivery.attempts,
                        delivery.lastError);
                return true;
            }
            delivery.status = Delivery.Status.FAILED;
            // From the failure, not the start: a send can take as long as the server's timeout.
            delivery.nextAttemptAt = Instant.now().plus(backoff(delivery.attempts));
            pausedUntil.set(delivery.nextAttemptAt);
            LOG.warnf("Delivery %s failed (attempt %d), next at %s: %s", delivery.id, delivery.attempts,
                    delivery.nextAttemptAt, delivery.lastError);
            return false;
        }
    }

    /** initial × 2^(attempts-1), capped, times a random factor between 0.5 and 1.5. */
    Duration backoff(int attempts) {
        long base = config.initialBackoff().toMillis() << Math.min(attempts - 1, 20);
        long capped = Math.min(base, config.maxBackoff().toMillis());
        return Duration.ofMillis((long) (capped * (0.5 + ThreadLocalRandom.current().nextDouble())));
    }
}
