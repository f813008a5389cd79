package org.plenary.contribution.contribution;

import jakarta.enterprise.context.ApplicationScoped;
import org.plenary.contribution.agenda.MeetingReplica;
import org.plenary.contribution.registration.MemberStateCategory;
import org.plenary.contribution.registration.MemberStateCategoryRepository;

import java.util.List;
import java.util.Map;

/**
 * Whom a meeting is for: agenda-service says it (the meeting's replica), registration-service each state's category
 * (registration/MemberStateCategory). A meeting addressed to the ITU Council's Member States that admits no observers
 * takes contributions from the Council's Member States only. A state whose category this service has not been told
 * (none announced yet, or a code outside the directory) counts as a Member State not of the Council: only such a
 * meeting refuses it, and every other meeting takes it as before categories existed.
 */
@ApplicationScoped
class Addressees {

    private final MemberStateCategoryRepository categories;

    Addressees(MemberStateCategoryRepository categories) {
        this.categories = categories;
    }

    /** @throws NotAddressed naming the first of {@code states} the meeting is not for, when it admits no observers */
    void requireAdmitted(MeetingReplica meeting, List<String> states) {
        if (meeting.addressedTo == MeetingReplica.Audience.ALL_MEMBER_STATES || meeting.observersAllowed
                || states.isEmpty()) {
            return;
        }
        Map<String, MemberStateCategory.Category> known = categories.of(states);
        List<String> outside = states.stream()
                .filter(state -> known.get(state) != MemberStateCategory.Category.COUNCIL_MEMBER_STATE).toList();
        if (!outside.isEmpty()) {
            throw new NotAddressed(meeting, outside, known.get(outside.get(0)));
        }
    }
}
