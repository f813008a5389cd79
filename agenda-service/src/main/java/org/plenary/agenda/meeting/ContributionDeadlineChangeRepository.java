package org.plenary.agenda.meeting;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class ContributionDeadlineChangeRepository implements PanacheRepositoryBase<ContributionDeadlineChange, UUID> {

    public List<ContributionDeadlineChange> history(String meetingId) {
        return list("meetingId", Sort.by("changedAt").and("id"), meetingId);
    }
}
