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

    /** The latest version's number without loading its items; empty while the agenda is a draft. */
    public Optional<Integer> latestNumber(String meetingId) {
        return Optional.ofNullable(getEntityManager()
                .createQuery("select max(v.key.number) from AgendaVersion v where v.key.meetingId = :meeting",
                        Integer.class)
                .setParameter("meeting", meetingId)
                .getSingleResult());
    }

    public Optional<AgendaVersion> find(String meetingId, int number) {
        return findByIdOptional(new AgendaVersion.Key(meetingId, number));
    }
}
