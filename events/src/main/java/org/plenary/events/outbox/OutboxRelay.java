package org.plenary.events.outbox;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.jboss.logging.Logger;

import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

/**
 * Drains the outbox on one background thread. It sleeps until a commit in this process wakes it (so publication lag
 * at rest is the time of one send, not a poll interval) or the poll interval passes (rows from other replicas). After a
 * failure it backs off, doubling up to a minute. Every purge interval it deletes the published rows past their
 * retention.
 */
@ApplicationScoped
public class OutboxRelay {

    private static final Logger LOG = Logger.getLogger(OutboxRelay.class);
    private static final Duration MAX_BACKOFF = Duration.ofMinutes(1);

    private final OutboxPublisher publisher;
    private final OutboxConfig config;
    private final Semaphore wakeups = new Semaphore(0);
    private volatile Thread worker;
    private long nextPurge = System.nanoTime();

    public OutboxRelay(OutboxPublisher publisher, OutboxConfig config) {
        this.publisher = publisher;
        this.config = config;
    }

    void onStart(@Observes StartupEvent event) {
        if (config.relayEnabled()) {
            start();
        }
    }

    void onStop(@Observes ShutdownEvent event) {
        stop();
    }

    public synchronized void start() {
        if (worker != null) {
            return;
        }
        Thread thread = new Thread(this::run, "outbox-relay");
        thread.setDaemon(true);
        worker = thread;
        thread.start();
    }

    /** Stops after the batch in flight, if any; what it has not marked is sent again by the next relay. */
    public synchronized void stop() {
        Thread running = worker;
        worker = null;
        if (running != null) {
            running.interrupt();
            try {
                running.join(config.sendTimeout().toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    public boolean isRunning() {
        return worker != null;
    }

    /** Asks the relay to look now. Cheap and safe to call from any thread, any number of times. */
    public void wake() {
        wakeups.release();
    }

    private void run() {
        Duration backoff = config.pollInterval();
        while (worker == Thread.currentThread()) {
            try {
                drain();
                backoff = config.pollInterval();
                wakeups.tryAcquire(config.pollInterval().toMillis(), TimeUnit.MILLISECONDS);
                wakeups.drainPermits();
            } catch (InterruptedException e) {
                return;
            } catch (RuntimeException e) {
                LOG.warnf("Outbox relay could not publish, retrying in %s: %s", backoff, e.getMessage());
                try {
                    Thread.sleep(backoff.toMillis());
                } catch (InterruptedException interrupted) {
                    return;
                }
                backoff = backoff.multipliedBy(2).compareTo(MAX_BACKOFF) > 0 ? MAX_BACKOFF : backoff.multipliedBy(2);
            }
        }
    }

    private void drain() throws InterruptedException {
        int published;
        do {
            published = publisher.publishBatch();
        } while (published == config.batchSize());
        if (System.nanoTime() - nextPurge >= 0) {
            nextPurge = System.nanoTime() + config.purgeInterval().toNanos();
            long purged = publisher.purge();
            if (purged > 0) {
                LOG.infof("Outbox: %d published events older than %s deleted", purged, config.retention());
            }
        }
    }
}
