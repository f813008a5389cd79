package org.plenary.contribution.agenda;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class AgendaItemReplicaRepository implements PanacheRepositoryBase<AgendaItemReplica, UUID> {

    public List<AgendaItemReplica> listOnAgenda(String meetingId) {
        return list("meetingId = ?1 and removedAt is null", Sort.by("number"), meetingId);
    }
}
