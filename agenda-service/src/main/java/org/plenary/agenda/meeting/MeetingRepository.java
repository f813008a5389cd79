package org.plenary.agenda.meeting;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import org.plenary.platform.problem.NotFound;

@ApplicationScoped
public class MeetingRepository implements PanacheRepositoryBase<Meeting, String> {

    /**
     * Locks the meeting row for the rest of the transaction: changes to one meeting's agenda, deadline and proposals
     * happen one after the other, so their checks hold and their events keep their order.
     */
    public Meeting lock(String meetingId) {
        return findByIdOptional(meetingId, LockModeType.PESSIMISTIC_WRITE)
                .orElseThrow(() -> new NotFound("Meeting", meetingId));
    }
}
