package org.plenary.agenda.agenda;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class AgendaVersionRepository implements PanacheRepositoryBase<AgendaVersion, AgendaVersion.Key> {

    public List<AgendaVersion> listByMeeting(String meetingId) {
        return list("key.meetingId", Sort.by("key.number"), meetingId);
    }

    public Optional<AgendaVersion> latest(String meetingId) {
        return find("key.meetingId", Sort.descending("key.number"), meetingId).firstResultOptional();
    }

    public Optional<AgendaVersion> find(String meetingId, int number) {
        return findByIdOptional(new AgendaVersion.Key(meetingId, number));
    }
}
