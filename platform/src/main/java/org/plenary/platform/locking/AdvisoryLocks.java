package org.plenary.platform.locking;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

/**
 * PostgreSQL advisory locks held until the current transaction ends: for work that two replicas of a service must not
 * do at once, such as loading the default dataset when both start together on an empty database.
 */
@ApplicationScoped
public class AdvisoryLocks {

    private final EntityManager entityManager;

    public AdvisoryLocks(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** Waits until no other transaction holds the lock called {@code name}, then holds it until this one ends. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void holdUntilCommit(String name) {
        entityManager.createNativeQuery("select 1 from (select pg_advisory_xact_lock(hashtext(?1))) as locked")
                .setParameter(1, name).getSingleResult();
    }
}
