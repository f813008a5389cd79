package org.plenary.registration.delegation;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class ParticipantRepository implements PanacheRepositoryBase<Participant, UUID> {

    public List<Participant> listByDelegation(UUID delegationId) {
        return list("delegationId", Sort.by("registeredAt").and("id"), delegationId);
    }

    public List<Participant> activeSpeakers(UUID delegationId) {
        return list("delegationId = ?1 and status = ?2 and role = ?3", Sort.by("registeredAt").and("id"),
                delegationId, Participant.Status.ACTIVE, Participant.Role.SPEAKER);
    }

    /** The participant waiting longest for a viewer place in the meeting. */
    public Optional<Participant> firstWaiting(String meetingId) {
        return find("meetingId = ?1 and status = ?2", Sort.by("waitingSince").and("id"), meetingId,
                Participant.Status.WAITING).firstResultOptional();
    }

    public long waiting(String meetingId) {
        return count("meetingId = ?1 and status = ?2", meetingId, Participant.Status.WAITING);
    }

    /** Someone registered (active or waiting) in the meeting under this address, whatever its case. */
    public Optional<Participant> registered(String meetingId, String email) {
        // In SQL, with the status as a literal: the query is then exactly the unique index participant_email (whose
        // condition is status <> 'CANCELLED'), which a bound status would not let a prepared statement's plan use.
        return getEntityManager().createNativeQuery("select * from participant where meeting_id = ?1 "
                        + "and lower(email) = lower(?2) and status <> 'CANCELLED' limit 1", Participant.class)
                .setParameter(1, meetingId).setParameter(2, email).getResultStream().findFirst()
                .map(Participant.class::cast);
    }

    public Optional<Participant> findByTokenHash(String hash) {
        return find("joinTokenHash", hash).firstResultOptional();
    }

    /**
     * Erases the name, email and function of every participant registered with this address (lower case), in every
     * meeting: the rows, their role, status and the pools' counts stay. One still waiting for a place leaves the
     * waiting list (cancelled "by erasure"): a place must not go, with a link, to an erased address.
     * @return how many
     */
    public int erase(String address, java.time.Instant at) {
        return getEntityManager().createNativeQuery("update participant set name = '(erased)', "
                        + "email = 'erased-' || id || '@erased.invalid', function = null, updated_at = ?2, "
                        + "status = case when status = 'WAITING' then 'CANCELLED' else status end, "
                        + "cancelled_at = case when status = 'WAITING' then ?2 else cancelled_at end, "
                        + "cancelled_by = case when status = 'WAITING' then 'erasure' else cancelled_by end "
                        + "where lower(email) = ?1")
                .setParameter(1, address).setParameter(2, at).executeUpdate();
    }
}
