package org.plenary.registration.additional;

import io.quarkus.security.Authenticated;
import io.quarkus.security.ForbiddenException;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.plenary.platform.i18n.Iso3166;
import org.plenary.platform.problem.Problem;
import org.plenary.platform.security.Caller;
import org.plenary.platform.security.Roles;
import org.plenary.platform.text.SingleLine;
import org.plenary.registration.capacity.PlaceUnavailable;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

@Path("/meetings/{meetingId}")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Additional speakers",
        description = "A delegation's request for a speaker beyond its limit, for one session or item, and the "
                + "secretariat's decision")
@APIResponse(responseCode = "401", description = "No valid bearer token")
public class AdditionalSpeakerResource {

    private final AdditionalSpeakerService service;
    private final Caller caller;

    public AdditionalSpeakerResource(AdditionalSpeakerService service, Caller caller) {
        this.service = service;
        this.caller = caller;
    }

    @Schema(name = "AdditionalSpeakerRequest")
    public record RequestView(UUID id, String meetingId, String memberState, UUID participantId, String scope,
                              UUID scopeId, String scopeLabel, String reason, String status, Instant requestedAt,
                              String decidedBy, Instant decidedAt, String decisionReason) {

        static RequestView of(AdditionalSpeakerRequest r) {
            return new RequestView(r.id, r.meetingId, r.memberState, r.participantId, r.scope.name(), r.scopeId,
                    r.scopeLabel, r.reason, r.status.name(), r.requestedAt, r.decidedBy, r.decidedAt,
                    r.decisionReason);
        }
    }

    @Schema(name = "DecideAdditionalSpeaker")
    public record Decision(@NotNull Boolean grant,
                           @Size(max = 2000) @SingleLine
                           @Schema(example = "Granted within the platform's capacity") String reason) {
    }

    @POST
    @Path("/delegations/{memberState}/additional-speakers")
    @RolesAllowed({Roles.MEMBER_STATE, Roles.SECRETARIAT})
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "requestAdditionalSpeaker",
            summary = "Ask for an additional speaker for one session or one item",
            description = "Names a viewer of the delegation. Publishes AdditionalSpeakerRequested.")
    @APIResponse(responseCode = "201", description = "Requested",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = RequestView.class)))
    @APIResponse(responseCode = "400", description = "Invalid request, or a session or item the meeting does not have")
    @APIResponse(responseCode = "403", description = "Another state's delegation")
    @APIResponse(responseCode = "404", description = "No such participant in this delegation")
    @APIResponse(responseCode = "409", description = "Already a speaker, not active, or already requested")
    public Response request(@PathParam("meetingId") String meetingId, @PathParam("memberState") String memberState,
                            @NotNull @Valid AdditionalSpeakerRequestBody body) {
        String state = Iso3166.require(memberState, "memberState");
        if (!caller.actsFor(state)) {
            throw new ForbiddenException("a member state acts only on its own delegation");
        }
        return Response.status(Response.Status.CREATED)
                .entity(RequestView.of(service.request(meetingId, state, body.toCommand(), caller))).build();
    }

    @GET
    @Path("/additional-speakers")
    @Authenticated
    @Operation(operationId = "listAdditionalSpeakerRequests", summary = "Additional-speaker requests",
            description = "The secretariat sees every delegation's; a member state its own.")
    @APIResponse(responseCode = "200", description = "Oldest first")
    public List<RequestView> list(@PathParam("meetingId") String meetingId) {
        String own = caller.isSecretariat() ? null : caller.memberState().orElse("");
        return service.list(meetingId, own).stream().map(RequestView::of).toList();
    }

    @POST
    @Path("/additional-speakers/{requestId}/decision")
    @RolesAllowed(Roles.SECRETARIAT)
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "decideAdditionalSpeakerRequest",
            summary = "Grant or refuse an additional speaker (secretariat)",
            description = "A grant needs a speaker place in its scope: regular speakers + grants there below the "
                    + "pool. Publishes AdditionalSpeakerDecided.")
    @APIResponse(responseCode = "200", description = "Decided")
    @APIResponse(responseCode = "403", description = "Not the secretariat")
    @APIResponse(responseCode = "404", description = "No such request in this meeting")
    @APIResponse(responseCode = "409", description = "Already decided, or no speaker place left in the scope",
            content = @Content(mediaType = Problem.MEDIA_TYPE,
                    schema = @Schema(anyOf = {PlaceUnavailable.Members.class, Problem.class})))
    public RequestView decide(@PathParam("meetingId") String meetingId, @PathParam("requestId") UUID requestId,
                              @NotNull @Valid Decision decision) {
        return RequestView.of(service.decide(meetingId, requestId, decision.grant(), decision.reason(), caller));
    }
}
