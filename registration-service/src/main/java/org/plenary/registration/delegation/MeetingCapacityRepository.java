package org.plenary.registration.delegation;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import org.plenary.platform.problem.NotFound;

@ApplicationScoped
public class MeetingCapacityRepository implements PanacheRepositoryBase<MeetingCapacity, String> {

    /**
     * Locks the meeting's pools for the rest of the transaction: every change of a place in one meeting happens one
     * after the other, in whichever replica it runs, so no check can be overtaken.
     */
    public MeetingCapacity lock(String meetingId) {
        return findByIdOptional(meetingId, LockModeType.PESSIMISTIC_WRITE)
                .orElseThrow(() -> new NotFound("Meeting", meetingId));
    }
}
