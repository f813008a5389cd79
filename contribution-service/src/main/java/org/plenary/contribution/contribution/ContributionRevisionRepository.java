package org.plenary.contribution.contribution;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class ContributionRevisionRepository implements PanacheRepositoryBase<ContributionRevision, UUID> {

    public List<ContributionRevision> history(UUID contributionId) {
        return list("contributionId", Sort.by("revision"), contributionId);
    }
}
