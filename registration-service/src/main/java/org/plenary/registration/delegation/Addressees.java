package org.plenary.registration.delegation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.plenary.registration.agenda.MeetingReplica;
import org.plenary.registration.agenda.MeetingReplicaRepository;
import org.plenary.registration.directory.MemberState;
import org.plenary.registration.directory.MemberStateRepository;

import java.util.Optional;
import java.util.Set;

/**
 * Whom a meeting is for: agenda-service says it (the meeting's replica), the directory says each state's category. A
 * state outside the meeting's audience takes part as an observer where the meeting admits observers, and not at all
 * where it does not. A state the directory does not list counts as a Member State not of the Council.
 */
@ApplicationScoped
public class Addressees {

    private final MeetingReplicaRepository meetings;
    private final MemberStateRepository states;

    public Addressees(MeetingReplicaRepository meetings, MemberStateRepository states) {
        this.meetings = meetings;
        this.states = states;
    }

    /** A meeting's audience as one reading: the codes of the Council's Member States when it is for them. */
    public record Audience(MeetingReplica.Audience addressedTo, boolean observersAllowed, Set<String> council) {

        static final Audience ALL = new Audience(MeetingReplica.Audience.ALL_MEMBER_STATES, true, Set.of());

        public boolean addresses(String memberState) {
            return addressedTo == MeetingReplica.Audience.ALL_MEMBER_STATES || council.contains(memberState);
        }
    }

    /**
     * The state may take part in the meeting: as an addressee, or as an observer.
     *
     * @return whether it takes part as an observer
     * @throws NotAddressed when the meeting is not addressed to the state and admits no observers
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean admit(String meetingId, String memberState) {
        Optional<MeetingReplica> meeting = meetings.findByIdOptional(meetingId);
        if (meeting.isEmpty() || meeting.get().addressedTo == MeetingReplica.Audience.ALL_MEMBER_STATES) {
            return false;
        }
        Optional<MemberState.Category> category = states.category(memberState);
        if (category.filter(MemberState.Category.COUNCIL_MEMBER_STATE::equals).isPresent()) {
            return false;
        }
        if (!meeting.get().observersAllowed) {
            throw new NotAddressed(meeting.get(), memberState, category.orElse(null));
        }
        return true;
    }

    /** Whether the state's delegation takes part as an observer (the meeting is not addressed to it). */
    @Transactional
    public boolean observer(String meetingId, String memberState) {
        return !audience(meetingId).addresses(memberState);
    }

    @Transactional
    public Audience audience(String meetingId) {
        return meetings.findByIdOptional(meetingId)
                .filter(meeting -> meeting.addressedTo == MeetingReplica.Audience.COUNCIL_MEMBER_STATES)
                .map(meeting -> new Audience(meeting.addressedTo, meeting.observersAllowed,
                        Set.copyOf(states.codes(MemberState.Category.COUNCIL_MEMBER_STATE))))
                .orElse(Audience.ALL);
    }
}
