package org.plenary.registration.agenda;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.UUID;

@ApplicationScoped
public class SessionReplicaRepository implements PanacheRepositoryBase<SessionReplica, UUID> {
}
