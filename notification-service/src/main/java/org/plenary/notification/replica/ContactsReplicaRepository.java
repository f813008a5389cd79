package org.plenary.notification.replica;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

@ApplicationScoped
public class ContactsReplicaRepository implements PanacheRepositoryBase<ContactsReplica, String> {
}
