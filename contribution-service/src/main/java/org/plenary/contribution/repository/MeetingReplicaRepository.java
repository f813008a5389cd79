package org.plenary.contribution.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import org.plenary.contribution.MeetingReplica;

@ApplicationScoped
public class MeetingReplicaRepository implements PanacheRepositoryBase<MeetingReplica, String> {
}
