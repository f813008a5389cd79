package org.plenary.agenda.agenda;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class AgendaProposalRepository implements PanacheRepositoryBase<AgendaProposal, UUID> {

    public List<AgendaProposal> listByMeeting(String meetingId) {
        return list("meetingId", Sort.by("createdAt").and("id"), meetingId);
    }

    /** The same state's proposal of the same kind on the same target, if there is one. */
    public Optional<AgendaProposal> findSame(String meetingId, UUID itemId, AgendaProposal.Kind kind,
                                             String memberState, String englishTitle) {
        List<AgendaProposal> candidates = itemId != null
                ? list("meetingId = ?1 and kind = ?2 and memberState = ?3 and itemId = ?4", meetingId, kind,
                memberState, itemId)
                : list("meetingId = ?1 and kind = ?2 and memberState = ?3 and itemId is null", meetingId, kind,
                memberState);
        // A state may propose several new items: only the same title is the same proposal.
        return candidates.stream()
                .filter(p -> kind != AgendaProposal.Kind.NEW_ITEM
                        || p.proposedTitle.get("en").equalsIgnoreCase(englishTitle))
                .findFirst();
    }

    /** Proposals on the meeting as a whole (new items, discuss all virtually), counted by kind. */
    public Map<AgendaProposal.Kind, Integer> meetingCounts(String meetingId) {
        Map<AgendaProposal.Kind, Integer> counts = new EnumMap<>(AgendaProposal.Kind.class);
        getEntityManager().createQuery("select p.kind, count(p) from AgendaProposal p where p.meetingId = :meeting"
                        + " and p.itemId is null group by p.kind", Object[].class)
                .setParameter("meeting", meetingId)
                .getResultList()
                .forEach(row -> counts.put((AgendaProposal.Kind) row[0], ((Long) row[1]).intValue()));
        return counts;
    }

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
