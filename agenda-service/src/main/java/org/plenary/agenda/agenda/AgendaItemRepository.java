package org.plenary.agenda.agenda;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class AgendaItemRepository implements PanacheRepositoryBase<AgendaItem, UUID> {

    public Optional<AgendaItem> findByNumber(String meetingId, int number) {
        return find("meetingId = ?1 and number = ?2 and removedAt is null", meetingId, number).firstResultOptional();
    }

    /**
     * The meeting's agenda revision, which every change to its agenda moves (db/migration/V9__agenda_revision.sql);
     * empty when there is no such meeting.
     */
    public Optional<Long> revision(String meetingId) {
        List<?> rows = getEntityManager()
                .createNativeQuery("select revision from agenda_revision where meeting_id = :meeting")
                .setParameter("meeting", meetingId)
                .getResultList();
        return rows.stream().findFirst().map(row -> ((Number) row).longValue());
    }

    public List<AgendaItem> listByMeeting(String meetingId) {
        return list("meetingId = ?1 and removedAt is null", Sort.by("number"), meetingId);
    }
}
