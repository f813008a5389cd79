package org.plenary.contribution.agenda;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import org.hibernate.jpa.HibernateHints;

import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class AgendaItemReplicaRepository implements PanacheRepositoryBase<AgendaItemReplica, UUID> {

    /**
     * Read-only: every submission reads the whole agenda to resolve its reference, and managed copies of 52 items
     * would each be snapshotted and compared again at the flush for nothing.
     */
    public List<AgendaItemReplica> listOnAgenda(String meetingId) {
        return find("meetingId = ?1 and removedAt is null", Sort.by("number"), meetingId)
                .withHint(HibernateHints.HINT_READ_ONLY, true).list();
    }
}
