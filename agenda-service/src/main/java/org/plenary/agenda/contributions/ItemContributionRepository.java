package org.plenary.agenda.contributions;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import org.hibernate.jpa.HibernateHints;

import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class ItemContributionRepository implements PanacheRepositoryBase<ItemContribution, UUID> {

    /**
     * What the draft agenda lists, as far as the caller may see it: received on time, not withdrawn, and published or
     * the caller is the secretariat or one of its submitting states. The rule is in the query so that a member
     * state's read does not load every state's contributions to drop most of them; the rows are read-only, since
     * they only become the view, and in a stable order, so that the same rows always give the same bytes.
     */
    public List<ItemContribution> listedOnAgenda(String meetingId, boolean secretariat, String memberState) {
        return getSession().createNativeQuery("""
                        select * from item_contribution
                        where meeting_id = :meeting and on_time and not withdrawn
                          and (:secretariat or published
                               or submitting_states @> jsonb_build_array(cast(:state as text)))
                        order by updated_at, contribution_id""", ItemContribution.class)
                .setParameter("meeting", meetingId)
                .setParameter("secretariat", secretariat)
                .setParameter("state", memberState)
                .setHint(HibernateHints.HINT_READ_ONLY, true)
                .getResultList();
    }
}
