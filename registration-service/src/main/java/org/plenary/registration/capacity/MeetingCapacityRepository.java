package org.plenary.registration.capacity;

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

    /**
     * Takes one viewer place if the pool has one: a single conditional UPDATE, which holds the meeting's row only
     * from here to the commit. @return whether the place was taken (false: the pool is full, or no such meeting)
     */
    public boolean takeViewerPlace(String meetingId) {
        return getEntityManager().createNativeQuery("update meeting_capacity set viewers_used = viewers_used + 1 "
                + "where meeting_id = ?1 and viewers_used < viewers").setParameter(1, meetingId).executeUpdate() == 1;
    }
}
