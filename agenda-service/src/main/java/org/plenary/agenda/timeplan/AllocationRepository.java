package org.plenary.agenda.timeplan;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class AllocationRepository implements PanacheRepositoryBase<SessionAllocation, SessionAllocation.Key> {

    public List<SessionAllocation> listBySessions(Collection<UUID> sessionIds) {
        return sessionIds.isEmpty() ? List.of()
                : list("key.sessionId in ?1", Sort.by("position"), sessionIds);
    }

    public Optional<SessionAllocation> findByItem(UUID itemId) {
        return find("key.itemId", itemId).firstResultOptional();
    }

    public void deleteBySession(UUID sessionId) {
        delete("key.sessionId", sessionId);
    }

    public void deleteByItem(UUID itemId) {
        delete("key.itemId", itemId);
    }
}
