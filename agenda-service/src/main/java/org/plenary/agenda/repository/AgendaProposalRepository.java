package org.plenary.agenda.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import org.plenary.agenda.AgendaProposal;

import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

@ApplicationScoped
public class AgendaProposalRepository implements PanacheRepositoryBase<AgendaProposal, UUID> {

    /** Proposals counted per item and kind, in one query for the whole agenda. */
    public Map<UUID, Map<AgendaProposal.Kind, Integer>> countsByItem(Collection<UUID> itemIds) {
        Map<UUID, Map<AgendaProposal.Kind, Integer>> counts = new HashMap<>();
        if (itemIds.isEmpty()) {
            return counts;
        }
        List<Object[]> rows = getEntityManager().createQuery(
                        "select p.itemId, p.kind, count(p) from AgendaProposal p where p.itemId in :items"
                                + " group by p.itemId, p.kind", Object[].class)
                .setParameter("items", itemIds)
                .getResultList();
        for (Object[] row : rows) {
            counts.computeIfAbsent((UUID) row[0], id -> new EnumMap<>(AgendaProposal.Kind.class))
                    .put((AgendaProposal.Kind) row[1], ((Long) row[2]).intValue());
        }
        return counts;
    }
}
