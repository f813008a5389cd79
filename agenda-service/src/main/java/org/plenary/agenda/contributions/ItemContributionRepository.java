package org.plenary.agenda.contributions;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class ItemContributionRepository implements PanacheRepositoryBase<ItemContribution, UUID> {

    /** What the draft agenda lists: received on time and not withdrawn. */
    public List<ItemContribution> listedOnAgenda(String meetingId) {
        return list("meetingId = ?1 and onTime = true and withdrawn = false", Sort.by("updatedAt"), meetingId);
    }
}
