package org.plenary.registration.capacity;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class DelegationRepository implements PanacheRepositoryBase<Delegation, UUID> {

    public Optional<Delegation> find(String meetingId, String memberState) {
        return find("meetingId = ?1 and memberState = ?2", meetingId, memberState).firstResultOptional();
    }

    public List<Delegation> listByMeeting(String meetingId) {
        return list("meetingId", Sort.by("memberState"), meetingId);
    }

    /** Counts one more viewer in the delegation, atomically (no read of the counter, so no lost update). */
    public void countViewer(UUID delegationId) {
        getEntityManager().createNativeQuery("update delegation set viewers = viewers + 1 where id = ?1")
                .setParameter(1, delegationId).executeUpdate();
    }
}
