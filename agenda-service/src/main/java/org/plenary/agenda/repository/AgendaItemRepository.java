package org.plenary.agenda.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import org.plenary.agenda.AgendaItem;

import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class AgendaItemRepository implements PanacheRepositoryBase<AgendaItem, UUID> {

    public List<AgendaItem> listByMeeting(String meetingId) {
        return list("meetingId", Sort.by("number"), meetingId);
    }
}
