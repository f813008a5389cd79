package org.plenary.agenda.timeplan;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class SessionRepository implements PanacheRepositoryBase<MeetingSession, UUID> {

    public List<MeetingSession> listByMeeting(String meetingId) {
        return list("meetingId", Sort.by("date").and("start"), meetingId);
    }

    public Optional<MeetingSession> find(String meetingId, UUID sessionId) {
        return findByIdOptional(sessionId).filter(s -> s.meetingId.equals(meetingId));
    }
}
