package org.plenary.notification.registration;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

@ApplicationScoped
public class DelegationReplicaRepository implements PanacheRepositoryBase<DelegationReplica, String> {
}
