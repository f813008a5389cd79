package org.plenary.notification.reminders;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.ObservesAsync;
import jakarta.persistence.EntityManager;
import org.jboss.logging.Logger;
import org.plenary.notification.agenda.MeetingReplica;
import org.plenary.notification.agenda.MeetingReplicaRepository;
import org.plenary.notification.emails.Composed;
import org.plenary.notification.emails.EmailComposer;
import org.plenary.notification.ledger.Ledger;
import org.plenary.notification.registration.ContactsReplica;
import org.plenary.notification.registration.ContactsReplicaRepository;
import org.plenary.notification.registration.DelegationReplicaRepository;
import org.plenary.platform.time.ClockMoved;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Computes every meeting's reminders from the deadlines its replica holds (so an extension moves them all) and the
 * injected clock, and records the due ones in the ledger: one row per (reminder, state), keyed, so a reminder goes
 * out once across restarts and replicas. One replica plans at a time (a PostgreSQL advisory lock).
 */
@ApplicationScoped
public class ReminderPlanner {

    private static final Logger LOG = Logger.getLogger(ReminderPlanner.class);
    /** Any fixed number: the advisory lock that lets one replica plan at a time. */
    private static final long PLANNER_LOCK = 0x706c656e61727952L;

    public static final String CONTRIBUTION = "CONTRIBUTION_DEADLINE";
    public static final String SPEAKERS = "SPEAKER_DESIGNATION";

    private final MeetingReplicaRepository meetings;
    private final ContactsReplicaRepository contacts;
    private final DelegationReplicaRepository delegations;
    private final EmailComposer composer;
    private final Ledger ledger;
    private final ReminderConfig config;
    private final EntityManager entityManager;
    private final Clock clock;

    public ReminderPlanner(MeetingReplicaRepository meetings, ContactsReplicaRepository contacts,
                           DelegationReplicaRepository delegations, EmailComposer composer, Ledger ledger,
                           ReminderConfig config, EntityManager entityManager, Clock clock) {
        this.meetings = meetings;
        this.contacts = contacts;
        this.delegations = delegations;
        this.composer = composer;
        this.ledger = ledger;
        this.config = config;
        this.entityManager = entityManager;
        this.clock = clock;
    }

    /** Not while the application stops: the database may already be gone. */
    /** Real time: when the scheduled planning began to fail, and when the log last said so; null while it works. */
    private volatile Instant failingSince;
    private volatile Instant lastWarning = Instant.MIN;

    @Scheduled(every = "${plenary.reminders.every:10s}", delayed = "5s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    void scheduled() {
        try {
            plan();
            if (failingSince != null) {
                LOG.infof("Reminders are planned again (they could not be from %s)", failingSince);
                failingSince = null;
            }
        } catch (RuntimeException e) {
            // The database away, most likely: the next run plans what is due, late reminders marked so. One line a
            // minute says so, not a stack trace every run.
            Instant now = Instant.now();
            if (failingSince == null || !now.isBefore(lastWarning.plus(Duration.ofMinutes(1)))) {
                LOG.warnf("Reminders cannot be planned (since %s), retrying every run: %s",
                        failingSince == null ? now : failingSince, rootCause(e));
                lastWarning = now;
            }
            if (failingSince == null) {
                failingSince = now;
            }
        }
    }

    /**
     * A rehearsal moved the clock ({@code PUT /clock}, e.g. through the local run's {@code :8090/clock}): what fell due
     * goes now, not up to {@code plenary.reminders.every} later. Two plannings at once are safe: the second finds
     * {@link #plan}'s advisory lock taken and skips.
     */
    void onClockMoved(@ObservesAsync ClockMoved moved) {
        scheduled();
    }

    private static String rootCause(Throwable e) {
        Throwable cause = e;
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        return cause.toString();
    }

    /** @return how many reminder emails were recorded */
    public int plan() {
        return QuarkusTransaction.requiringNew().call(() -> {
            Boolean locked = (Boolean) entityManager.createNativeQuery("select pg_try_advisory_xact_lock(?1)")
                    .setParameter(1, PLANNER_LOCK).getSingleResult();
            if (!locked) {
                return 0;
            }
            int recorded = 0;
            Instant now = clock.instant();
            Map<String, ContactsReplica> known = contacts.listAll().stream()
                    .collect(Collectors.toMap(c -> c.memberState, Function.identity()));
            for (MeetingReplica meeting : meetings.listAll()) {
                recorded += planFor(meeting, known, now);
            }
            if (recorded > 0) {
                LOG.infof("%d reminder emails recorded", recorded);
            }
            return recorded;
        });
    }

    private int planFor(MeetingReplica meeting, Map<String, ContactsReplica> known, Instant now) {
        List<Reminder> due = latestDue(meeting, schedule(meeting, known.values()), now);
        if (due.isEmpty()) {
            return 0;
        }
        Set<String> recordedKeys = recordedKeys(meeting.id);
        int recorded = 0;
        for (Reminder reminder : due) {
            boolean late = now.isAfter(reminder.dueAt().plus(config.lateAfter()));
            for (String state : reminder.states()) {
                if (recordedKeys.contains(reminder.keyFor(state))) {
                    continue;
                }
                Composed email = CONTRIBUTION.equals(reminder.kind())
                        ? composer.contributionReminder(meeting, state, known.get(state), reminder.dueAt(), late)
                        : composer.speakerReminder(meeting, state, known.get(state), reminder.dueAt(), late);
                ledger.recordReminder(reminder.keyFor(state), meeting.id, email, late);
                recorded++;
            }
        }
        return recorded;
    }

    /** The meeting's reminders as they stand: contribution-deadline ones, then speaker-designation ones. */
    public List<Reminder> schedule(MeetingReplica meeting) {
        return schedule(meeting, contacts.listAll());
    }

    /**
     * @param states the states with contact persons; those the meeting is addressed to are the reminders' possible
     *               recipients
     */
    private List<Reminder> schedule(MeetingReplica meeting, Collection<ContactsReplica> states) {
        List<Reminder> reminders = new ArrayList<>();
        List<String> allStates = states.stream().filter(state -> meeting.addressedTo(state.category))
                .map(state -> state.memberState).sorted().toList();
        for (Duration offset : contributionOffsets(meeting)) {
            reminders.add(new Reminder(CONTRIBUTION, offset, meeting.contributionDeadline.minus(offset),
                    meeting.contributionDeadline, allStates,
                    meeting.id + "|" + CONTRIBUTION + "|" + meeting.contributionDeadline + "|" + offset));
        }
        Instant start = meeting.startsOn.atStartOfDay(ZoneId.of(meeting.timeZone)).toInstant();
        Set<String> withSpeakers = new HashSet<>(delegations.list("meetingId = ?1 and speakers > 0", meeting.id)
                .stream().map(d -> d.memberState).toList());
        List<String> withoutSpeakers = allStates.stream().filter(s -> !withSpeakers.contains(s)).toList();
        for (Duration offset : config.speakerOffsets()) {
            reminders.add(new Reminder(SPEAKERS, offset, start.minus(offset), start, withoutSpeakers,
                    meeting.id + "|" + SPEAKERS + "|" + start + "|" + offset));
        }
        return reminders;
    }

    /**
     * Per kind, the latest reminder whose time has come and whose deadline has not passed: after a downtime that
     * missed several, only the nearest to the deadline goes (late); the earlier ones are superseded.
     */
    public static List<Reminder> latestDue(MeetingReplica meeting, List<Reminder> schedule, Instant now) {
        return schedule.stream()
                .filter(r -> !now.isBefore(r.dueAt()) && now.isBefore(r.before())
                        && !r.dueAt().isBefore(deadlineKnownSince(meeting, r)))
                .collect(Collectors.groupingBy(Reminder::kind,
                        Collectors.maxBy(Comparator.comparing(Reminder::dueAt))))
                .values().stream().flatMap(Optional::stream).toList();
    }

    public List<Duration> contributionOffsets(MeetingReplica meeting) {
        return meeting.reminderOffsets == null ? config.contributionOffsets()
                : meeting.reminderOffsets.stream().map(Duration::parse).toList();
    }

    /** A contribution reminder due before its deadline was set reminds of a deadline nobody knew: skipped. */
    static Instant deadlineKnownSince(MeetingReplica meeting, Reminder reminder) {
        return CONTRIBUTION.equals(reminder.kind()) ? meeting.deadlineSetAt : Instant.MIN;
    }

    @SuppressWarnings("unchecked")
    private Set<String> recordedKeys(String meetingId) {
        return new HashSet<>(entityManager.createQuery(
                        "select d.reminderKey from Delivery d where d.meetingId = ?1 and d.reminderKey is not null")
                .setParameter(1, meetingId).getResultList());
    }
}
