package org.plenary.registration.delegation;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.util.UUID;

@Schema(name = "Participant")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ParticipantView(
        UUID id, String meetingId, String memberState, String name, String email, String function, String language,
        @Schema(enumeration = {"SPEAKER", "VIEWER"}) String role,
        @Schema(enumeration = {"ACTIVE", "WAITING", "CANCELLED"}) String status,
        @Schema(description = "The personal link: shown only when issued (registration, promotion, rotation); keep it")
        String joinLink,
        Instant registeredAt, Instant waitingSince, Instant cancelledAt,
        @Schema(description = "The delegation takes part as an observer: the meeting is addressed to the ITU "
                + "Council's Member States and its state is not one of them")
        boolean observer) {

    static ParticipantView of(Participant p, String joinLink, boolean observer) {
        return new ParticipantView(p.id, p.meetingId, p.memberState, p.name, p.email, p.function, p.language,
                p.role.name(), p.status.name(), joinLink, p.registeredAt, p.waitingSince, p.cancelledAt, observer);
    }
}
