package org.plenary.registration.agenda;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.UUID;

@ApplicationScoped
public class AgendaItemReplicaRepository implements PanacheRepositoryBase<AgendaItemReplica, UUID> {
}
