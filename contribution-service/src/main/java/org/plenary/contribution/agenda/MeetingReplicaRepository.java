package org.plenary.contribution.agenda;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import org.plenary.platform.problem.NotFound;

@ApplicationScoped
public class MeetingReplicaRepository implements PanacheRepositoryBase<MeetingReplica, String> {

    /** Locks the meeting's row: publications of one meeting take their public numbers one after the other. */
    public MeetingReplica lock(String meetingId) {
        return findByIdOptional(meetingId, LockModeType.PESSIMISTIC_WRITE)
                .orElseThrow(() -> new NotFound("Meeting", meetingId));
    }
}
