package org.plenary.notification.agenda;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

@ApplicationScoped
public class MeetingReplicaRepository implements PanacheRepositoryBase<MeetingReplica, String> {
}
