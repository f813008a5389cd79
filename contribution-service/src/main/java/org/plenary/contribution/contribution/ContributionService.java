package org.plenary.contribution.contribution;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.security.ForbiddenException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.plenary.contribution.agenda.AgendaItemReplicaRepository;
import org.plenary.contribution.agenda.MeetingReplica;
import org.plenary.contribution.agenda.MeetingReplicaRepository;
import org.plenary.events.outbox.Outbox;
import org.plenary.platform.idempotency.IdempotencyKeys;
import org.plenary.platform.paging.Rows;
import org.plenary.platform.problem.NotFound;
import org.plenary.platform.security.Caller;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Contributions from submission to publication or withdrawal. Every change is one transaction with its event in the
 * outbox; steps on one contribution hold its row lock, so two submitting states cannot interleave.
 */
@ApplicationScoped
public class ContributionService {

    private final ContributionRepository contributions;
    private final ContributionRevisionRepository revisions;
    private final MeetingReplicaRepository meetings;
    private final AgendaItemReplicaRepository items;
    private final IdempotencyKeys idempotencyKeys;
    private final Addressees addressees;
    private final Outbox outbox;
    private final Clock clock;

    public ContributionService(ContributionRepository contributions, ContributionRevisionRepository revisions,
                               MeetingReplicaRepository meetings, AgendaItemReplicaRepository items,
                               IdempotencyKeys idempotencyKeys, Addressees addressees, Outbox outbox, Clock clock) {
        this.contributions = contributions;
        this.revisions = revisions;
        this.meetings = meetings;
        this.items = items;
        this.idempotencyKeys = idempotencyKeys;
        this.addressees = addressees;
        this.outbox = outbox;
        this.clock = clock;
    }

    /**
     * @param created           false when an earlier request with the same Idempotency-Key had created it, or a
     *                          revision changed nothing
     * @param lateReasonIgnored the secretariat gave a late-acceptance reason for a contribution that was on time
     */
    public record Outcome(Contribution contribution, boolean created, boolean lateReasonIgnored) {
    }

    /** Page of a list, with the total for the filter. */
    public record Listing(List<Contribution> contributions, long total) {
    }

    @Transactional
    public Outcome submit(String meetingId, ContributionDraft draft, Caller caller, String idempotencyKey) {
        MeetingReplica meeting = meetings.findByIdOptional(meetingId)
                .orElseThrow(() -> new NotFound("Meeting", meetingId));
        String scope = IdempotencyKeys.scopeOf(caller);
        Optional<String> earlier = idempotencyKeys.claim(scope, idempotencyKey,
                "POST /meetings/" + meetingId + "/contributions", draft);
        if (earlier.isPresent()) {
            return new Outcome(contributions.findById(UUID.fromString(earlier.get())), false, false);
        }
        List<String> states = submittingStates(draft, caller);
        addressees.requireAdmitted(meeting, states);
        ContributionContent content = content(meetingId, draft);
        Timing timing = timing(meeting, draft, caller);
        Instant now = clock.instant();

        Contribution contribution = new Contribution();
        contribution.id = UUID.randomUUID();
        contribution.meetingId = meetingId;
        contribution.status = Contribution.Status.SUBMITTED;
        contribution.submittingMemberStates = new ArrayList<>(states);
        contribution.content = content;
        contribution.onTime = timing.onTime();
        contribution.lateReason = timing.lateReason();
        contribution.lateAcceptedBy = timing.onTime() ? null : caller.name();
        contribution.revision = 1;
        contribution.submittedBy = caller.name();
        contribution.submittedAt = now;
        contribution.revisedAt = now;
        contributions.persist(contribution);
        keepRevision(contribution, timing, caller, null);
        outbox.append(contribution.id.toString(), ContributionEvents.submitted(contribution));
        idempotencyKeys.complete(scope, idempotencyKey, contribution.id.toString());
        return new Outcome(contribution, true, timing.lateReasonIgnored());
    }

    /**
     * A new revision by a submitting state or the secretariat, while submitted and before the deadline. The same
     * content again is no new revision (a retried PUT changes nothing).
     *
     * @param ifMatch the tag of the revision the caller read ({@code "3"}), or null to revise whatever is latest
     */
    @Transactional
    public Outcome revise(String meetingId, UUID id, ContributionDraft draft, Caller caller, String ifMatch) {
        Contribution contribution = lockOwn(meetingId, id, caller, "revise");
        if (!ContributionTag.matchesRevision(ifMatch, contribution)) {
            throw new RevisionMismatch(ifMatch, contribution.revision);
        }
        if (contribution.status != Contribution.Status.SUBMITTED) {
            throw new ContributionStatusConflict(contribution, "revised", "submitted and not yet published");
        }
        List<String> states = submittingStates(draft, caller);
        SubmittingStates.requireAllowed(contribution.submittingMemberStates, states, caller, draft.changeReason());
        MeetingReplica meeting = meetings.findById(meetingId);
        // Only a state the revision adds is judged: one already submitting keeps its place if its category changes.
        addressees.requireAdmitted(meeting, SubmittingStates.added(contribution.submittingMemberStates, states));
        ContributionContent content = content(meetingId, draft);
        if (content.sameAs(contribution.content) && states.equals(contribution.submittingMemberStates)) {
            return new Outcome(contribution, false, false);
        }
        Timing timing = timing(meeting, draft, caller);
        List<String> removed = SubmittingStates.removed(contribution.submittingMemberStates, states);
        String changeReason = states.get(0).equals(contribution.submittingMemberStates.get(0)) ? null
                : "lead " + contribution.submittingMemberStates.get(0) + " → " + states.get(0) + ": "
                + draft.changeReason().strip();
        contribution.submittingMemberStates.clear();
        contribution.submittingMemberStates.addAll(states);
        contribution.content = content;
        newRevision(contribution, timing, caller, changeReason, removed);
        return new Outcome(contribution, true, timing.lateReasonIgnored());
    }

    /**
     * Takes one state off a submitted contribution's submitting states: the state itself declining to be named, or the
     * lead or the secretariat removing a co-submitter. A new revision, told to the states that remain and to the one
     * taken off. Allowed after the deadline: it adds nothing to the contribution.
     */
    @Transactional
    public Contribution removeSubmittingState(String meetingId, UUID id, String memberState, Caller caller) {
        Contribution contribution = lockOwn(meetingId, id, caller, "change the submitting states of");
        if (contribution.status != Contribution.Status.SUBMITTED) {
            throw new ContributionStatusConflict(contribution, "changed", "submitted and not yet published");
        }
        String state = memberState.toUpperCase(java.util.Locale.ROOT);
        if (!contribution.submittingMemberStates.contains(state)) {
            throw new NotFound("Submitting member state " + state + " of contribution", id);
        }
        SubmittingStates.requireMayRemove(contribution.submittingMemberStates, state, caller);
        contribution.submittingMemberStates.remove(state);
        String by = caller.memberState().map(own -> own.equals(state) ? state + " declined being named"
                : state + " taken off by the lead " + own).orElse(state + " taken off by the secretariat");
        newRevision(contribution, new Timing(contribution.onTime, contribution.lateReason, false), caller, by,
                List.of(state));
        return contribution;
    }

    private void newRevision(Contribution contribution, Timing timing, Caller caller, String changeReason,
                             List<String> removed) {
        contribution.revision++;
        contribution.revisedAt = clock.instant();
        keepRevision(contribution, timing, caller, changeReason);
        outbox.append(contribution.id.toString(), ContributionEvents.revised(contribution, removed));
    }

    /** The secretariat publishes: the contribution gets its public reference and every state may read it. */
    @Transactional
    public Contribution publish(String meetingId, UUID id, Caller caller) {
        Contribution contribution = contributions.lock(meetingId, id)
                .orElseThrow(() -> new NotFound("Contribution", id));
        if (contribution.status != Contribution.Status.SUBMITTED) {
            throw new ContributionStatusConflict(contribution, "published", "submitted");
        }
        meetings.lock(meetingId);
        contribution.publicNumber = contributions.lastPublicNumber(meetingId) + 1;
        contribution.publicReference = meetingId + "/" + contribution.publicNumber;
        contribution.status = Contribution.Status.PUBLISHED;
        contribution.publishedBy = caller.name();
        contribution.publishedAt = clock.instant();
        outbox.append(contribution.id.toString(), ContributionEvents.published(contribution));
        return contribution;
    }

    /** A submitting state or the secretariat withdraws a submitted or published contribution. */
    @Transactional
    public Contribution withdraw(String meetingId, UUID id, String reason, Caller caller) {
        Contribution contribution = lockOwn(meetingId, id, caller, "withdraw");
        SubmittingStates.requireMayWithdraw(contribution.submittingMemberStates, caller);
        if (contribution.status == Contribution.Status.WITHDRAWN) {
            throw new ContributionStatusConflict(contribution, "withdrawn", "submitted or published");
        }
        contribution.status = Contribution.Status.WITHDRAWN;
        contribution.withdrawnBy = caller.memberState().orElse("secretariat");
        contribution.withdrawnAt = clock.instant();
        contribution.withdrawalReason = reason;
        outbox.append(contribution.id.toString(), ContributionEvents.withdrawn(contribution));
        return contribution;
    }

    /** One contribution, if it exists and this caller may see it (another state's unpublished one is refused). */
    @Transactional
    public Optional<Contribution> find(String meetingId, UUID id, Caller caller) {
        return contributions.find(meetingId, id).map(contribution -> {
            requireVisible(contribution, caller);
            return contribution;
        });
    }

    @Transactional
    public Listing list(String meetingId, ContributionRepository.Filter filter, int page, int size, Caller caller) {
        meetings.findByIdOptional(meetingId).orElseThrow(() -> new NotFound("Meeting", meetingId));
        String viewer = caller.isSecretariat() ? null : caller.memberState().orElse("");
        PanacheQuery<Contribution> query = contributions.list(meetingId, filter, viewer);
        return new Listing(Rows.onPage(page, size, (first, last) -> query.range(first, last).list()), query.count());
    }

    /** Every revision, oldest first: for the submitting states and the secretariat only. */
    @Transactional
    public List<ContributionRevision> history(String meetingId, UUID id, Caller caller) {
        Contribution contribution = contributions.find(meetingId, id)
                .orElseThrow(() -> new NotFound("Contribution", id));
        requireVisible(contribution, caller);
        requireSubmitterOrSecretariat(contribution, caller, "read the revisions of");
        return revisions.history(id);
    }

    private Contribution lockOwn(String meetingId, UUID id, Caller caller, String action) {
        Contribution contribution = contributions.lock(meetingId, id)
                .orElseThrow(() -> new NotFound("Contribution", id));
        requireVisible(contribution, caller);
        requireSubmitterOrSecretariat(contribution, caller, action);
        return contribution;
    }

    private static void requireVisible(Contribution contribution, Caller caller) {
        if (!contribution.visibleTo(caller.isSecretariat(), caller.memberState().orElse(null))) {
            throw new ForbiddenException("contribution " + contribution.id
                    + " is not published; only its submitting states and the secretariat may read it");
        }
    }

    private static void requireSubmitterOrSecretariat(Contribution contribution, Caller caller, String action) {
        if (!caller.isSecretariat() && !contribution.submittedBy(caller.memberState().orElse(null))) {
            throw new ForbiddenException("only the submitting states " + contribution.submittingMemberStates
                    + " and the secretariat may " + action + " this contribution");
        }
    }

    /** The states as given; a member state must be one of them: it cannot submit in another's name alone. */
    private static List<String> submittingStates(ContributionDraft draft, Caller caller) {
        List<String> states = MemberStates.normalize(draft.submittingMemberStates(), "submittingMemberStates");
        caller.memberState().ifPresent(own -> {
            if (!states.contains(own)) {
                throw new ForbiddenException("a member state submits only as one of the submitting states; "
                        + own + " is not among " + states);
            }
        });
        return states;
    }

    private ContributionContent content(String meetingId, ContributionDraft draft) {
        DocumentReferences.Resolved resolved = DocumentReferences.resolve(meetingId, draft.documentReference(),
                draft.itemNumber(), items.listOnAgenda(meetingId));
        TextLength.Measure length = TextLength.of(draft.title(), draft.commentsOnDocument(),
                draft.proposedWayForward());
        ContributionContent content = new ContributionContent();
        content.itemId = resolved.item().id;
        content.itemNumber = resolved.item().number;
        content.documentReference = resolved.reference();
        content.title = draft.title().strip();
        content.commentsOnDocument = draft.commentsOnDocument();
        content.proposedWayForward = draft.proposedWayForward();
        content.language = draft.language();
        content.contactName = draft.contact().name().strip();
        content.contactEmail = draft.contact().email().strip();
        content.words = length.words();
        content.estimatedPages = length.estimatedPages();
        return content;
    }

    /** Whether this submission or revision is on time, or the secretariat's accepted late one. */
    private record Timing(boolean onTime, String lateReason, boolean lateReasonIgnored) {
    }

    /** Judged against the replica's deadline (the latest ContributionDeadlineChanged) and the injected clock. */
    private Timing timing(MeetingReplica meeting, ContributionDraft draft, Caller caller) {
        Instant now = clock.instant();
        String reason = draft.lateAcceptanceReason() == null || draft.lateAcceptanceReason().isBlank()
                ? null : draft.lateAcceptanceReason().strip();
        if (reason != null && !caller.isSecretariat()) {
            throw new ForbiddenException("only the secretariat accepts a late contribution (lateAcceptanceReason)");
        }
        if (!now.isAfter(meeting.contributionDeadline)) {
            return new Timing(true, null, reason != null);
        }
        if (reason == null) {
            throw new ContributionDeadlinePassed(meeting, now);
        }
        return new Timing(false, reason, false);
    }

    private void keepRevision(Contribution contribution, Timing timing, Caller caller, String changeReason) {
        ContributionRevision revision = new ContributionRevision();
        revision.id = UUID.randomUUID();
        revision.contributionId = contribution.id;
        revision.revision = contribution.revision;
        revision.submittingMemberStates = List.copyOf(contribution.submittingMemberStates);
        revision.content = contribution.content.copy();
        revision.onTime = timing.onTime();
        revision.lateReason = timing.lateReason();
        revision.changeReason = changeReason;
        revision.revisedBy = caller.name();
        revision.revisedAt = contribution.revisedAt;
        revisions.persist(revision);
    }
}
