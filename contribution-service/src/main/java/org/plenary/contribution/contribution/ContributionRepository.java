package org.plenary.contribution.contribution;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class ContributionRepository implements PanacheRepositoryBase<Contribution, UUID> {

    /** What a list may be narrowed to; null means any. */
    public record Filter(Integer itemNumber, String memberState, Contribution.Status status) {
    }

    public Optional<Contribution> find(String meetingId, UUID id) {
        return findByIdOptional(id).filter(c -> c.meetingId.equals(meetingId));
    }

    /** Locks the row for the rest of the transaction: one lifecycle step at a time per contribution. */
    public Optional<Contribution> lock(String meetingId, UUID id) {
        return findByIdOptional(id, LockModeType.PESSIMISTIC_WRITE).filter(c -> c.meetingId.equals(meetingId));
    }

    /**
     * The meeting's contributions that match the filter, oldest first.
     *
     * @param viewer a member state sees its own contributions and the published ones; null (the secretariat) all
     */
    public PanacheQuery<Contribution> list(String meetingId, Filter filter, String viewer) {
        List<String> where = new ArrayList<>(List.of("meetingId = :meeting"));
        Parameters parameters = Parameters.with("meeting", meetingId);
        if (filter.itemNumber() != null) {
            where.add("content.itemNumber = :item");
            parameters.and("item", filter.itemNumber());
        }
        if (filter.memberState() != null) {
            where.add(":state member of submittingMemberStates");
            parameters.and("state", filter.memberState());
        }
        if (filter.status() != null) {
            where.add("status = :status");
            parameters.and("status", filter.status());
        }
        if (viewer != null) {
            where.add("(:viewer member of submittingMemberStates or publishedAt is not null)");
            parameters.and("viewer", viewer);
        }
        return find(String.join(" and ", where), Sort.by("submittedAt").and("id"), parameters);
    }

    public int lastPublicNumber(String meetingId) {
        Integer last = find("select max(publicNumber) from Contribution where meetingId = ?1", meetingId)
                .project(Integer.class).firstResult();
        return last == null ? 0 : last;
    }

    /**
     * Erases the contact (name and email) of every contribution and revision whose contact had the address with this
     * SHA-256 (of the address stripped and lower-cased, as PersonalDataErased names it); the contributions stay.
     * @return how many contributions and revisions
     */
    public int eraseContact(String emailSha256) {
        int rows = 0;
        for (String table : java.util.List.of("contribution", "contribution_revision")) {
            rows += getEntityManager().createNativeQuery("update " + table + " set contact_name = '(erased)', "
                            + "contact_email = 'erased@erased.invalid' where encode(sha256(convert_to("
                            + "lower(btrim(contact_email)), 'UTF8')), 'hex') = ?1")
                    .setParameter(1, emailSha256).executeUpdate();
        }
        return rows;
    }
}
