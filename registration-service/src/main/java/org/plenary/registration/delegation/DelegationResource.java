package org.plenary.registration.delegation;

import io.quarkus.security.Authenticated;
import io.quarkus.security.ForbiddenException;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.plenary.platform.i18n.Iso3166;
import org.plenary.platform.idempotency.IdempotencyKeys;
import org.plenary.platform.problem.Problem;
import org.plenary.platform.security.Caller;
import org.plenary.platform.security.Roles;
import org.plenary.registration.capacity.PlaceUnavailable;

import java.util.List;
import java.util.UUID;

@Path("/meetings/{meetingId}/delegations/{memberState}/participants")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Delegations",
        description = "A member state's speakers and viewers, their roles and their personal join links")
@APIResponse(responseCode = "401", description = "No valid bearer token")
@APIResponse(responseCode = "403", description = "A member state acting for another state's delegation")
public class DelegationResource {

    private final RegistrationService registrations;
    private final ViewerFastPath viewers;
    private final Addressees addressees;
    private final Caller caller;

    public DelegationResource(RegistrationService registrations, ViewerFastPath viewers, Addressees addressees,
                              Caller caller) {
        this.registrations = registrations;
        this.viewers = viewers;
        this.addressees = addressees;
        this.caller = caller;
    }

    @Schema(name = "ChangeRole")
    public record RoleRequest(@NotNull Participant.Role role) {
    }

    @POST
    @RolesAllowed({Roles.MEMBER_STATE, Roles.SECRETARIAT})
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "registerParticipant", summary = "Register a participant",
            description = "A speaker takes a place in the speaker pool and in the delegation's 1 to 3; a viewer one in "
                    + "the viewer pool, or (waitIfFull) a place on the waiting list. The response carries the personal "
                    + "join link once. Idempotency-Key makes a retry safe. A meeting addressed to the ITU Council's "
                    + "Member States registers the other states' delegations as observers if it admits observers, "
                    + "and refuses them if not. Publishes ParticipantRegistered (and SpeakersChanged for a speaker).")
    @APIResponse(responseCode = "201", description = "Registered (or replayed, header Idempotent-Replayed: true)",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = ParticipantView.class)))
    @APIResponse(responseCode = "400", description = "Invalid request: each failing field and its rule")
    @APIResponse(responseCode = "403", description = "A member state acting for another state's delegation, or the "
            + "meeting is not addressed to the state and admits no observers (its audience and the state's category)",
            content = @Content(mediaType = Problem.MEDIA_TYPE,
                    schema = @Schema(implementation = NotAddressed.Members.class)))
    @APIResponse(responseCode = "404", description = "No such meeting known to this service")
    @APIResponse(responseCode = "409", description = "A full pool or the delegation's speakers (which limit, and its "
            + "usage), or the person is already registered",
            content = @Content(mediaType = Problem.MEDIA_TYPE,
                    schema = @Schema(anyOf = {PlaceUnavailable.Members.class, AlreadyRegistered.Members.class})))
    @APIResponse(responseCode = "422", description = "Idempotency-Key used for a different request")
    public Response register(@PathParam("meetingId") String meetingId, @PathParam("memberState") String memberState,
                             @Parameter(description = "Makes a retry safe: any unique string")
                             @HeaderParam(IdempotencyKeys.HEADER) String idempotencyKey,
                             @NotNull @Valid RegisterRequest request, @Context UriInfo uri) {
        String state = own(memberState);
        NewParticipant person = request.toCommand();
        RegistrationService.Registered registered;
        try {
            registered = person.role() == Participant.Role.VIEWER
                    ? viewers.register(meetingId, state, person, caller, idempotencyKey)
                    : registrations.register(meetingId, state, person, caller, idempotencyKey);
        } catch (ViewerFastPath.NeedsTheMeetingLock settledUnderTheLock) {
            registered = registrations.register(meetingId, state, person, caller, idempotencyKey);
        }
        return Response.created(uri.getAbsolutePathBuilder().path(registered.participant().id.toString()).build())
                .header("Idempotent-Replayed", !registered.created())
                .entity(ParticipantView.of(registered.participant(), registered.joinLink(), registered.observer()))
                .build();
    }

    @GET
    @Authenticated
    @Operation(operationId = "listParticipants", summary = "The delegation's participants, in order of registration")
    @APIResponse(responseCode = "200", description = "Every participant, cancelled ones included")
    public List<ParticipantView> list(@PathParam("meetingId") String meetingId,
                                      @PathParam("memberState") String memberState) {
        String state = own(memberState);
        boolean observer = addressees.observer(meetingId, state);
        return registrations.list(meetingId, state).stream().map(p -> ParticipantView.of(p, null, observer)).toList();
    }

    @GET
    @Path("/{participantId}")
    @Authenticated
    @Operation(operationId = "getParticipant", summary = "One participant of the delegation")
    @APIResponse(responseCode = "200", description = "The participant (the link is not shown again)")
    @APIResponse(responseCode = "404", description = "Not a participant of this delegation")
    public ParticipantView read(@PathParam("meetingId") String meetingId, @PathParam("memberState") String memberState,
                                @PathParam("participantId") UUID participantId) {
        return view(registrations.find(meetingId, own(memberState), participantId), null);
    }

    @PUT
    @Path("/{participantId}/role")
    @RolesAllowed({Roles.MEMBER_STATE, Roles.SECRETARIAT})
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "changeParticipantRole", summary = "Move a participant between speaker and viewer",
            description = "The new role needs a place; the old place is freed (a viewer place goes to the waiting "
                    + "list). The link stays and now leads by the new role. Publishes ParticipantRoleChanged and "
                    + "SpeakersChanged.")
    @APIResponse(responseCode = "200", description = "The participant in the new role")
    @APIResponse(responseCode = "404", description = "Not a participant of this delegation")
    @APIResponse(responseCode = "409", description = "No place in the new role, or the participant is cancelled",
            content = @Content(mediaType = Problem.MEDIA_TYPE,
                    schema = @Schema(anyOf = {PlaceUnavailable.Members.class, ParticipantNotActive.Members.class})))
    public ParticipantView changeRole(@PathParam("meetingId") String meetingId,
                                      @PathParam("memberState") String memberState,
                                      @PathParam("participantId") UUID participantId,
                                      @NotNull @Valid RoleRequest request) {
        return view(registrations.changeRole(meetingId, own(memberState), participantId, request.role()), null);
    }

    @POST
    @Path("/{participantId}/cancellation")
    @RolesAllowed({Roles.MEMBER_STATE, Roles.SECRETARIAT})
    @Operation(operationId = "cancelParticipant", summary = "Cancel a participant's registration",
            description = "Frees the place (a viewer place goes to the first on the waiting list, who is told); the "
                    + "link answers 410 from now on. Publishes ParticipantCancelled (and SpeakersChanged).")
    @APIResponse(responseCode = "200", description = "Cancelled")
    @APIResponse(responseCode = "404", description = "Not a participant of this delegation")
    @APIResponse(responseCode = "409", description = "Already cancelled",
            content = @Content(mediaType = Problem.MEDIA_TYPE,
                    schema = @Schema(implementation = ParticipantNotActive.Members.class)))
    public ParticipantView cancel(@PathParam("meetingId") String meetingId,
                                  @PathParam("memberState") String memberState,
                                  @PathParam("participantId") UUID participantId) {
        return view(registrations.cancel(meetingId, own(memberState), participantId, caller), null);
    }

    @POST
    @Path("/{participantId}/link")
    @RolesAllowed({Roles.MEMBER_STATE, Roles.SECRETARIAT})
    @Operation(operationId = "rotateJoinLink",
            summary = "Rotate a participant's join link", description = "The old link answers 410 from now on.")
    @APIResponse(responseCode = "200", description = "The participant with the new link")
    @APIResponse(responseCode = "404", description = "Not a participant of this delegation")
    @APIResponse(responseCode = "409", description = "Not active (cancelled, or still waiting)",
            content = @Content(mediaType = Problem.MEDIA_TYPE,
                    schema = @Schema(implementation = ParticipantNotActive.Members.class)))
    public ParticipantView rotateLink(@PathParam("meetingId") String meetingId,
                                      @PathParam("memberState") String memberState,
                                      @PathParam("participantId") UUID participantId) {
        RegistrationService.Registered rotated = registrations.rotateLink(meetingId, own(memberState), participantId);
        return ParticipantView.of(rotated.participant(), rotated.joinLink(), rotated.observer());
    }

    private ParticipantView view(Participant participant, String joinLink) {
        return ParticipantView.of(participant, joinLink,
                addressees.observer(participant.meetingId, participant.memberState));
    }

    /** The delegation this caller may act on: its own state's, or any for the secretariat. */
    private String own(String memberState) {
        String state = Iso3166.require(memberState, "memberState");
        if (!caller.actsFor(state)) {
            throw new ForbiddenException("a member state acts only on its own delegation");
        }
        return state;
    }
}
