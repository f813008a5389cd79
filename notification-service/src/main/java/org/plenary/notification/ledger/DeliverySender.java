package org.plenary.notification.ledger;

import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.context.Scope;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.eclipse.microprofile.context.ManagedExecutor;
import org.jboss.logging.Logger;
import org.plenary.events.tracing.EventTraces;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Collectors;

/**
 * Sends the ledger's unsent rows, one transaction per email: it locks the oldest row whose next attempt is due
 * (another replica skips it), writes it to each recipient not yet written to ({@link SmtpTransactions}) and records
 * each answer before committing, so a crash can leave at most the one email in flight to be sent again (with the same
 * Message-ID). A failure delays only its own row:
 * <ul>
 * <li>permanent (the message cannot be built, or every recipient refused with a 5xx): the row is DEAD at once;</li>
 * <li>one recipient refused with a 5xx among several: recorded on the row, the others get the email;</li>
 * <li>transient (a 4xx, the server unreachable): the row is retried with exponential backoff and jitter, up to
 * {@code max-attempts}; the rows behind it go on.</li>
 * </ul>
 * Only when the server itself cannot be reached does this replica stop trying anything until that row's retry: every
 * other email would fail the same way, and waiting keeps a backlog in the order it was recorded. Woken after every
 * commit that recorded an email, and every second for retries.
 */
@ApplicationScoped
public class DeliverySender {

    private static final Logger LOG = Logger.getLogger(DeliverySender.class);
    /**
     * Past an attempt's limit ({@link SmtpTransactions#ATTEMPT_LIMIT}: it sends to so many recipients that waiting
     * the relay's timeout at every command still ends within it): a transaction that timed out would roll back what
     * the recipients already answered, and they would be written to again.
     */
    private static final int TRANSACTION_TIMEOUT_SECONDS = 300;

    private final DeliveryRepository deliveries;
    private final DeliveryConfig config;
    private final SmtpTransactions smtp;
    private final ManagedExecutor executor;
    private final EventTraces traces;
    private final AtomicBoolean running = new AtomicBoolean();
    private volatile boolean stopping;
    private final AtomicBoolean again = new AtomicBoolean();
    /** While the SMTP server was unreachable, nothing is tried before this instant (this replica's view). */
    private final AtomicReference<Instant> pausedUntil = new AtomicReference<>(Instant.MIN);

    public DeliverySender(DeliveryRepository deliveries, DeliveryConfig config, SmtpTransactions smtp,
                          ManagedExecutor executor, EventTraces traces) {
        this.deliveries = deliveries;
        this.config = config;
        this.smtp = smtp;
        this.executor = executor;
        this.traces = traces;
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
                while (QuarkusTransaction.requiringNew().timeout(TRANSACTION_TIMEOUT_SECONDS).call(this::sendNextDue)) {
                    // the next one
                }
            } while (again.get());
        } catch (RuntimeException e) {
            LOG.warn("Sending deliveries failed; the next poll retries", e);
        } finally {
            running.set(false);
        }
    }

    /** @return whether a due row was attempted, so there may be more */
    private boolean sendNextDue() {
        // Real time: retries are operations, not the meeting's (possibly simulated) time.
        Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
        if (now.isBefore(pausedUntil.get())) {
            return false;
        }
        Optional<Delivery> due = deliveries.lockNextDue(now);
        due.ifPresent(delivery -> traced(delivery, now));
        return due.isPresent();
    }

    /** The attempt as a span of the trace the email was recorded in, from the member state's request on. */
    private void traced(Delivery delivery, Instant now) {
        Span span = traces.start("smtp send", SpanKind.CLIENT, delivery.traceparent, null);
        span.setAttribute("plenary.delivery.id", delivery.id.toString());
        span.setAttribute("plenary.delivery.kind", delivery.kind);
        span.setAttribute("plenary.delivery.attempt", delivery.attempts + 1L);
        try (Scope ignored = span.makeCurrent()) {
            attempt(delivery, now);
            span.setAttribute("plenary.delivery.status", delivery.status.name());
            span.setAttribute("plenary.delivery.delivered", delivery.deliveredTo.size());
            if (delivery.status == Delivery.Status.DEAD || delivery.status == Delivery.Status.FAILED) {
                span.setStatus(StatusCode.ERROR, String.valueOf(delivery.lastError));
            }
        } catch (RuntimeException e) {
            EventTraces.failed(span, e);
            throw e;
        } finally {
            span.end();
        }
    }

    private void attempt(Delivery delivery, Instant now) {
        delivery.attempts++;
        SmtpTransactions.Attempt attempt = smtp.send(delivery, remaining(delivery));
        delivery.deliveredTo.addAll(attempt.accepted());
        delivery.refused.addAll(attempt.refused());
        attempt.refused().forEach(refusal -> LOG.warnf("Delivery %s: %s refused for good: %s", delivery.id,
                refusal.address(), refusal.reply()));
        List<String> remaining = remaining(delivery);
        if (attempt.stop() == SmtpTransactions.Stop.MESSAGE) {
            dead(delivery, attempt.reason());
        } else if (remaining.isEmpty() && delivery.deliveredTo.isEmpty()) {
            dead(delivery, "every recipient refused: " + refusals(delivery.refused));
        } else if (remaining.isEmpty()) {
            delivery.status = Delivery.Status.SENT;
            delivery.sentAt = now;
            delivery.lastError = delivery.refused.isEmpty() ? null : "refused: " + refusals(delivery.refused);
            LOG.infof("Delivery %s (%s) sent to %d recipient(s), Message-ID %s", delivery.id, delivery.kind,
                    delivery.deliveredTo.size(), delivery.messageId);
        } else if (attempt.stop() == SmtpTransactions.Stop.MORE && attempt.deferred().isEmpty()) {
            // Not a failure: the next recipients go in the next transaction, at once.
            delivery.attempts--;
            delivery.nextAttemptAt = now;
        } else {
            retry(delivery, attempt);
        }
    }

    private void retry(Delivery delivery, SmtpTransactions.Attempt attempt) {
        boolean serverAway = attempt.stop() == SmtpTransactions.Stop.SERVER;
        delivery.lastError = serverAway ? attempt.reason() : "deferred: " + refusals(attempt.deferred());
        if (delivery.attempts >= config.maxAttempts()) {
            dead(delivery, delivery.lastError);
            return;
        }
        delivery.status = Delivery.Status.FAILED;
        // From the failure, not the start: a send can take as long as the server's timeout.
        delivery.nextAttemptAt = Instant.now().plus(backoff(delivery.attempts));
        if (serverAway) {
            pausedUntil.set(delivery.nextAttemptAt);
        }
        LOG.warnf("Delivery %s failed (attempt %d), next at %s: %s", delivery.id, delivery.attempts,
                delivery.nextAttemptAt, delivery.lastError);
    }

    /** The recipients still to write to: neither delivered to nor refused for good (addresses match in any case). */
    private static List<String> remaining(Delivery delivery) {
        Set<String> done = new HashSet<>();
        delivery.deliveredTo.forEach(address -> done.add(address.toLowerCase(Locale.ROOT)));
        delivery.refused.forEach(refusal -> done.add(refusal.address().toLowerCase(Locale.ROOT)));
        return delivery.recipients().stream().filter(address -> !done.contains(address.toLowerCase(Locale.ROOT)))
                .toList();
    }

    private static void dead(Delivery delivery, String reason) {
        delivery.status = Delivery.Status.DEAD;
        delivery.lastError = reason;
        LOG.errorf("Delivery %s is dead after %d attempt(s): %s", delivery.id, delivery.attempts, reason);
    }

    private static String refusals(List<Delivery.Refusal> refusals) {
        return refusals.stream().map(r -> r.address() + " (" + r.reply() + ")").collect(Collectors.joining(", "));
    }

    /** initial × 2^(attempts-1), capped, times a random factor between 0.5 and 1.5. */
    Duration backoff(int attempts) {
        long base = config.initialBackoff().toMillis() << Math.min(attempts - 1, 20);
        long capped = Math.min(base, config.maxBackoff().toMillis());
        return Duration.ofMillis((long) (capped * (0.5 + ThreadLocalRandom.current().nextDouble())));
    }
}
