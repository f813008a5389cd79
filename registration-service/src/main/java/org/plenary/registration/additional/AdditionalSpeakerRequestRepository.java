package org.plenary.registration.additional;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import org.plenary.registration.capacity.GrantedAdditionalSpeakers;

import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class AdditionalSpeakerRequestRepository implements PanacheRepositoryBase<AdditionalSpeakerRequest, UUID>,
        GrantedAdditionalSpeakers {

    /** Granted additional speakers in one session or on one item. */
    public int granted(String meetingId, UUID scopeId) {
        return (int) count("meetingId = ?1 and scopeId = ?2 and status = ?3", meetingId, scopeId,
                AdditionalSpeakerRequest.Status.GRANTED);
    }

    /** The most granted in any one scope: a regular speaker must leave room for every scope's grants. */
    @Override
    public int mostInOneScope(String meetingId) {
        List<Long> counts = find("select count(*) from AdditionalSpeakerRequest where meetingId = ?1 and status = ?2 "
                + "group by scopeId", meetingId, AdditionalSpeakerRequest.Status.GRANTED).project(Long.class).list();
        return counts.stream().mapToInt(Long::intValue).max().orElse(0);
    }

    public List<AdditionalSpeakerRequest> listByMeeting(String meetingId, String memberState) {
        return memberState == null
                ? list("meetingId", Sort.by("requestedAt"), meetingId)
                : list("meetingId = ?1 and memberState = ?2", Sort.by("requestedAt"), meetingId, memberState);
    }

    /** The participant's granted requests, whatever their scope. */
    public List<AdditionalSpeakerRequest> grantsOf(UUID participantId) {
        return list("participantId = ?1 and status = ?2", participantId, AdditionalSpeakerRequest.Status.GRANTED);
    }

    public boolean pending(UUID participantId, UUID scopeId) {
        return count("participantId = ?1 and scopeId = ?2 and status <> ?3", participantId, scopeId,
                AdditionalSpeakerRequest.Status.REFUSED) > 0;
    }
}
