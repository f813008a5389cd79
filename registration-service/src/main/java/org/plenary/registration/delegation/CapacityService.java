package org.plenary.registration.delegation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.plenary.platform.problem.NotFound;
import org.plenary.platform.problem.Problem;
import org.plenary.platform.problem.ProblemException;
import org.plenary.registration.capacity.Delegation;
import org.plenary.registration.capacity.DelegationRepository;
import org.plenary.registration.capacity.MeetingCapacity;
import org.plenary.registration.capacity.MeetingCapacityRepository;
import org.plenary.registration.directory.MemberStateRepository;

import java.time.Clock;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/** What the pools hold and who is below the letter's one speaker; the secretariat sets the pools. */
@ApplicationScoped
public class CapacityService {

    private final MeetingCapacityRepository capacities;
    private final DelegationRepository delegations;
    private final ParticipantRepository participants;
    private final MemberStateRepository memberStates;
    private final Addressees addressees;
    private final WaitingList waitingList;
    private final Clock clock;

    public CapacityService(MeetingCapacityRepository capacities, DelegationRepository delegations,
                           ParticipantRepository participants, MemberStateRepository memberStates,
                           Addressees addressees, WaitingList waitingList, Clock clock) {
        this.capacities = capacities;
        this.delegations = delegations;
        this.participants = participants;
        this.memberStates = memberStates;
        this.addressees = addressees;
        this.waitingList = waitingList;
        this.clock = clock;
    }

    /**
     * The usage of one meeting as one consistent reading.
     *
     * @param withoutSpeaker the states the meeting is addressed to that have no active speaker
     */
    public record Usage(MeetingCapacity capacity, long waiting, List<Delegation> delegations,
                        List<String> withoutSpeaker, Addressees.Audience audience) {
    }

    @Transactional
    public Usage usage(String meetingId) {
        MeetingCapacity capacity = capacities.findByIdOptional(meetingId)
                .orElseThrow(() -> new NotFound("Meeting", meetingId));
        List<Delegation> all = delegations.listByMeeting(meetingId);
        Set<String> withSpeaker = all.stream().filter(d -> d.speakers > 0).map(d -> d.memberState)
                .collect(Collectors.toSet());
        Addressees.Audience audience = addressees.audience(meetingId);
        List<String> withoutSpeaker = memberStates.codes().stream()
                .filter(code -> audience.addresses(code) && !withSpeaker.contains(code)).toList();
        return new Usage(capacity, participants.waiting(meetingId), all, withoutSpeaker, audience);
    }

    /**
     * New pool sizes; never below what is already used. Announced capacities no longer move them afterwards. A larger
     * viewer pool goes to the waiting list first.
     */
    @Transactional
    public MeetingCapacity set(String meetingId, Pools pools, String by) {
        MeetingCapacity capacity = capacities.lock(meetingId);
        if (pools.speakers() < capacity.speakersUsed || pools.viewers() < capacity.viewersUsed) {
            throw new CapacityBelowUsage(capacity, pools);
        }
        capacity.speakers = pools.speakers();
        capacity.viewers = pools.viewers();
        capacity.speakersPerDelegationMax = pools.speakersPerDelegationMax();
        capacity.setBy = by;
        capacity.updatedAt = clock.instant();
        waitingList.promote(capacity);
        return capacity;
    }

    static class CapacityBelowUsage extends ProblemException {
        CapacityBelowUsage(MeetingCapacity capacity, Pools pools) {
            super("capacity-below-usage", "Capacity below what is used", 409,
                    "The pools cannot shrink below their use: " + capacity.speakersUsed + " speakers and "
                            + capacity.viewersUsed + " viewers are registered; asked for " + pools.speakers()
                            + " and " + pools.viewers(),
                    new Members(capacity.speakersUsed, capacity.viewersUsed));
        }

        /** The members this problem adds to {@link Problem}, for the OpenAPI document. */
        @Schema(name = "CapacityBelowUsageProblem", allOf = Problem.class,
                description = "The pools cannot shrink below the places already taken: how many are")
        record Members(@Schema(required = true) int speakersUsed, @Schema(required = true) int viewersUsed) {
        }
    }
}
