package org.plenary.registration.join;

import jakarta.annotation.security.PermitAll;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.plenary.platform.problem.ProblemException;
import org.plenary.registration.additional.AdditionalSpeakerRequest;
import org.plenary.registration.additional.AdditionalSpeakerRequestRepository;
import org.plenary.registration.agenda.SessionReplicaRepository;
import org.plenary.registration.delegation.JoinLinks;
import org.plenary.registration.delegation.Participant;
import org.plenary.registration.delegation.ParticipantRepository;

import java.net.URI;
import java.time.Clock;
import java.time.Instant;

/** Where a personal link leads: the platform's speaker or viewer address, by the participant's role and grants. */
@Path("/join/{token}")
@Tag(name = "Join links", description = "A participant's personal link, which redirects to the platform by role")
public class JoinResource {

    private static final String TOKEN = "[A-Za-z0-9_-]{43}";

    private final ParticipantRepository participants;
    private final AdditionalSpeakerRequestRepository grants;
    private final SessionReplicaRepository sessions;
    private final JoinLinks links;
    private final Clock clock;

    public JoinResource(ParticipantRepository participants, AdditionalSpeakerRequestRepository grants,
                        SessionReplicaRepository sessions, JoinLinks links, Clock clock) {
        this.participants = participants;
        this.grants = grants;
        this.sessions = sessions;
        this.links = links;
        this.clock = clock;
    }

    static class LinkGone extends ProblemException {
        LinkGone() {
            super("join-link-gone", "This link no longer works", 410,
                    "The link was replaced by a newer one or its registration was cancelled; ask your delegation");
        }
    }

    static class NotALink extends ProblemException {
        NotALink() {
            super("not-found", "Not found", 404, "This is not a join link");
        }
    }

    @GET
    @PermitAll
    @Transactional
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "followJoinLink", summary = "Follow a personal join link",
            description = "No token needed: the link is the credential. A speaker (or a viewer granted an additional "
                    + "speaker place for the session now running, or for an item) goes to the platform's speaker "
                    + "address; a viewer to the viewer address.")
    @APIResponse(responseCode = "303", description = "To the meeting platform")
    @APIResponse(responseCode = "404", description = "Not a join link")
    @APIResponse(responseCode = "410", description = "Rotated or cancelled")
    public Response join(@PathParam("token") String token) {
        if (!token.matches(TOKEN)) {
            throw new NotALink();
        }
        Participant participant = participants.findByTokenHash(JoinLinks.hash(token)).orElseThrow(LinkGone::new);
        boolean speaks = participant.role == Participant.Role.SPEAKER || grantedNow(participant);
        String target = speaks ? links.speakerUrl(participant.meetingId) : links.viewerUrl(participant.meetingId);
        return Response.seeOther(URI.create(target)).header("Cache-Control", "no-store").build();
    }

    /** An item's grant holds throughout the meeting; a session's while that session runs. */
    private boolean grantedNow(Participant participant) {
        Instant now = clock.instant();
        return grants.grantsOf(participant.id).stream().anyMatch(grant ->
                grant.scope == AdditionalSpeakerRequest.Scope.ITEM
                        || sessions.findByIdOptional(grant.scopeId)
                        .filter(s -> s.cancelledAt == null && !now.isBefore(s.startsAt) && now.isBefore(s.endsAt))
                        .isPresent());
    }
}
