package org.plenary.registration.capacity;

import jakarta.enterprise.context.ApplicationScoped;

/**
 * The rules of a meeting's pools, applied under the meeting's lock ({@link MeetingCapacityRepository#lock}): a place
 * is taken in the pool and in the delegation's share together, and freed together.
 * <ul>
 * <li>a delegation has at most {@code speakersPerDelegationMax} regular speakers;</li>
 * <li>regular speakers leave room for the additional speakers granted in any one session or item (they speak in
 * that session alongside all the regular ones), and a grant is refused when that session or item would overflow;</li>
 * <li>viewers fill the viewer pool; a full pool is refused here, a waiting list is the caller's choice.</li>
 * </ul>
 */
@ApplicationScoped
public class Places {

    private final GrantedAdditionalSpeakers granted;

    public Places(GrantedAdditionalSpeakers granted) {
        this.granted = granted;
    }

    public void takeSpeaker(MeetingCapacity capacity, Delegation delegation) {
        if (delegation.speakers >= capacity.speakersPerDelegationMax) {
            throw PlaceUnavailable.delegationSpeakers(delegation.memberState, capacity.speakersPerDelegationMax,
                    delegation.speakers);
        }
        int additional = granted.mostInOneScope(capacity.meetingId);
        if (capacity.speakersUsed + additional >= capacity.speakers) {
            throw PlaceUnavailable.speakerPool(capacity.meetingId, capacity.speakers,
                    capacity.speakersUsed + additional, additional == 0 ? ""
                            : " (" + additional + " of them by additional speakers in one session or item)");
        }
        capacity.speakersUsed++;
        delegation.speakers++;
    }

    public static boolean viewerPlaceLeft(MeetingCapacity capacity) {
        return capacity.viewersUsed < capacity.viewers;
    }

    public void takeViewer(MeetingCapacity capacity, Delegation delegation) {
        if (!viewerPlaceLeft(capacity)) {
            throw PlaceUnavailable.viewerPool(capacity.meetingId, capacity.viewers, capacity.viewersUsed);
        }
        capacity.viewersUsed++;
        delegation.viewers++;
    }

    public void freeSpeaker(MeetingCapacity capacity, Delegation delegation) {
        capacity.speakersUsed--;
        delegation.speakers--;
    }

    public void freeViewer(MeetingCapacity capacity, Delegation delegation) {
        capacity.viewersUsed--;
        delegation.viewers--;
    }

    /**
     * One more additional speaker in a session or item where {@code grantedInScope} already are: the regular speakers
     * and that scope's additional ones must leave a place.
     */
    public void checkRoomForAdditionalSpeaker(MeetingCapacity capacity, int grantedInScope, String scopeLabel) {
        if (capacity.speakersUsed + grantedInScope >= capacity.speakers) {
            throw PlaceUnavailable.speakerPool(capacity.meetingId, capacity.speakers,
                    capacity.speakersUsed + grantedInScope, " in " + scopeLabel + " (" + capacity.speakersUsed
                            + " regular speakers and " + grantedInScope + " additional ones)");
        }
    }
}
