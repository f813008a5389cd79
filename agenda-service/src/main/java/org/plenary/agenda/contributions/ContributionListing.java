package org.plenary.agenda.contributions;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.plenary.events.EventEnvelope;
import org.plenary.events.contribution.ContributionPublished;
import org.plenary.events.contribution.ContributionState;
import org.plenary.events.contribution.ContributionWithdrawn;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

/** The contributions the draft agenda lists under its items, kept from contribution.events. */
@ApplicationScoped
public class ContributionListing {

    private final ItemContributionRepository contributions;
    private final Clock clock;

    public ContributionListing(ItemContributionRepository contributions, Clock clock) {
        this.contributions = contributions;
        this.clock = clock;
    }

    /** The on-time contributions this caller may see, by item. */
    public Map<UUID, List<ItemContribution>> byItem(String meetingId, boolean secretariat, String memberState) {
        return contributions.listedOnAgenda(meetingId, secretariat, memberState).stream()
                .collect(Collectors.groupingBy(c -> c.itemId));
    }

    /** Submitted or revised: the event carries the full state (a revision may move it to another item). */
    @Transactional(Transactional.TxType.MANDATORY)
    public void apply(EventEnvelope envelope, ContributionState event) {
        ItemContribution contribution = contributions.findByIdOptional(event.contributionId())
                .orElseGet(ItemContribution::new);
        if (!envelope.newerThan(contribution.appliedVersion)) {
            return;
        }
        contribution.appliedVersion = envelope.aggregateversion();
        contribution.contributionId = event.contributionId();
        contribution.meetingId = event.meetingId();
        contribution.itemId = event.itemId();
        contribution.title = event.title();
        contribution.submittingStates = event.submittingMemberStates();
        contribution.onTime = event.onTime();
        contribution.updatedAt = clock.instant();
        contributions.persist(contribution);
    }

    /** A contribution's events share its key, so it is known here by the time it is published or withdrawn. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void apply(EventEnvelope envelope, ContributionPublished event) {
        newer(envelope, event.contributionId()).ifPresent(c -> {
            c.published = true;
            c.publicReference = event.publicReference();
            c.updatedAt = clock.instant();
        });
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void apply(EventEnvelope envelope, ContributionWithdrawn event) {
        newer(envelope, event.contributionId()).ifPresent(c -> {
            c.withdrawn = true;
            c.updatedAt = clock.instant();
        });
    }

    /** The contribution, when this event is newer than what it holds, marked as having applied it. */
    private Optional<ItemContribution> newer(EventEnvelope envelope, UUID contributionId) {
        return contributions.findByIdOptional(contributionId).filter(c -> envelope.newerThan(c.appliedVersion))
                .map(c -> {
                    c.appliedVersion = envelope.aggregateversion();
                    return c;
                });
    }
}
