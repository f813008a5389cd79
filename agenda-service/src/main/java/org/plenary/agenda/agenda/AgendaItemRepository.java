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

    public List<AgendaItem> listByMeeting(String meetingId) {
        return list("meetingId = ?1 and removedAt is null", Sort.by("number"), meetingId);
    }
}
