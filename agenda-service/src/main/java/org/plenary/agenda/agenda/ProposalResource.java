package org.plenary.agenda.agenda;

import io.quarkus.security.Authenticated;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
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
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.plenary.platform.security.Caller;
import org.plenary.platform.security.Roles;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

@Path("/meetings/{meetingId}/proposals")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Proposals",
        description = "Member states' proposals on the draft agenda: a new item, a change, or discussing every "
                + "item virtually")
@APIResponse(responseCode = "401", description = "No valid bearer token")
public class ProposalResource {

    private final ProposalService proposals;
    private final AgendaService agenda;
    private final Caller caller;

    public ProposalResource(ProposalService proposals, AgendaService agenda, Caller caller) {
        this.proposals = proposals;
        this.agenda = agenda;
        this.caller = caller;
    }

    @GET
    @Authenticated
    @Operation(operationId = "listProposals", summary = "Every proposal on the meeting's agenda",
            description = "Proposals are public to every member state, as the secretariat published the replies.")
    @APIResponse(responseCode = "200", description = "Oldest first")
    public List<ProposalView> list(@PathParam("meetingId") String meetingId) {
        Map<UUID, Integer> numbers = agenda.agenda(meetingId).items().stream()
                .collect(Collectors.toMap(item -> item.id, item -> item.number));
        return proposals.list(meetingId).stream()
                .map(p -> ProposalView.of(p, p.itemId == null ? null : numbers.get(p.itemId))).toList();
    }

    @POST
    @RolesAllowed({Roles.MEMBER_STATE, Roles.SECRETARIAT})
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "recordProposal", summary = "Record a member state's proposal",
            description = "MOVE_TO_PHYSICAL_MEETING or MOVE_TO_VIRTUAL_CONSULTATION name an itemNumber; NEW_ITEM has a "
                    + "proposedTitle (English required); DISCUSS_ALL_ITEMS_VIRTUALLY has neither. A member state records "
                    + "for itself; the secretariat names memberState. A state counts once per item and kind: recording "
                    + "the same proposal again returns it with 200. Item proposals publish AgendaItemChanged.")
    @APIResponse(responseCode = "201", description = "Recorded; Location names it",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = ProposalView.class)))
    @APIResponse(responseCode = "200", description = "This state had already made this proposal",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = ProposalView.class)))
    @APIResponse(responseCode = "400", description = "Invalid request: each failing field and its rule")
    @APIResponse(responseCode = "403", description = "A member state naming another state")
    @APIResponse(responseCode = "404", description = "No such meeting")
    @APIResponse(responseCode = "422", description = "The item is not on the agenda")
    public Response record(@PathParam("meetingId") String meetingId, @NotNull @Valid RecordProposalRequest request,
                           @Context UriInfo uri) {
        String memberState = caller.actingFor(request.memberState(), "memberState");
        ProposalService.Recorded recorded = proposals.record(meetingId, request.toCommand(), memberState);
        AgendaProposal proposal = recorded.proposal();
        ProposalView view = ProposalView.of(proposal, request.itemNumber());
        return recorded.created()
                ? Response.created(uri.getAbsolutePathBuilder().path(proposal.id.toString()).build()).entity(view).build()
                : Response.ok(view).build();
    }

    @DELETE
    @Path("/{proposalId}")
    @RolesAllowed({Roles.MEMBER_STATE, Roles.SECRETARIAT})
    @Operation(operationId = "withdrawProposal", summary = "Withdraw a proposal",
            description = "A member state withdraws its own; the secretariat any. Another state's is not found.")
    @APIResponse(responseCode = "204", description = "Withdrawn; the counts follow")
    @APIResponse(responseCode = "404", description = "No such proposal for this caller")
    public void withdraw(@PathParam("meetingId") String meetingId, @PathParam("proposalId") UUID proposalId) {
        proposals.withdraw(meetingId, proposalId, caller);
    }
}
