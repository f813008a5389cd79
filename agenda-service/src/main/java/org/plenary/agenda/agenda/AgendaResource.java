package org.plenary.agenda.agenda;

import io.quarkus.security.Authenticated;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.plenary.agenda.contributions.ContributionListing;
import org.plenary.agenda.contributions.ItemContribution;
import org.plenary.agenda.meeting.Meeting;
import org.plenary.agenda.meeting.MeetingService;
import org.plenary.platform.caching.EntityTags;
import org.plenary.platform.caching.RepresentationFilter;
import org.plenary.platform.i18n.Languages;
import org.plenary.platform.problem.NotFound;
import org.plenary.platform.security.Caller;
import org.plenary.platform.security.Roles;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

@Path("/meetings/{meetingId}/agenda")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Agenda", description = "The agenda from draft to adopted versions, its items and renderings (CSV, HTML)")
@APIResponse(responseCode = "401", description = "No valid bearer token")
public class AgendaResource {

    private static final String AFTER_ADOPTION = " Once the agenda is adopted the change needs a reason and becomes the "
            + "next version (AgendaAdopted).";

    private final MeetingService meetings;
    private final AgendaService agenda;
    private final VersionService versions;
    private final ContributionListing listing;
    private final AgendaRepresentations representations;
    private final Caller caller;
    private final HttpHeaders headers;

    public AgendaResource(MeetingService meetings, AgendaService agenda, VersionService versions,
                          ContributionListing listing, AgendaRepresentations representations, Caller caller,
                          @Context HttpHeaders headers) {
        this.meetings = meetings;
        this.agenda = agenda;
        this.versions = versions;
        this.listing = listing;
        this.representations = representations;
        this.caller = caller;
        this.headers = headers;
    }

    @GET
    @Authenticated
    @Parameter(ref = "AcceptLanguage")
    @Operation(operationId = "getAgenda",
            summary = "Read the agenda", description = "The items in order with their proposals counted; "
            + "titles follow Accept-Language (ar, zh, en, fr, ru, es), English is the fallback.")
    @APIResponse(responseCode = "200", description = "The agenda: DRAFT until adopted, then ADOPTED with its version",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = AgendaView.class)))
    @APIResponse(responseCode = "404", description = "No such meeting")
    public Response read(@PathParam("meetingId") String meetingId) {
        AgendaRepresentations.Key key = representations.key(meetingId, caller.isSecretariat(), caller.memberState(),
                        headers.getHeaderString(HttpHeaders.ACCEPT_LANGUAGE))
                .orElseThrow(() -> new NotFound("Meeting", meetingId));
        String tag = key.tag();
        if (EntityTags.noneMatchHits(headers.getRequestHeader(HttpHeaders.IF_NONE_MATCH), tag)) {
            return RepresentationFilter.notModifiedRead(tag);
        }
        byte[] json = representations.json(key, () -> view(meetingId));
        return Response.ok(json, MediaType.APPLICATION_JSON_TYPE).header(HttpHeaders.ETAG, tag).build();
    }

    private AgendaView view(String meetingId) {
        Meeting meeting = meeting(meetingId);
        AgendaService.Agenda current = agenda.agenda(meetingId);
        String language = Languages.pick(headers.getAcceptableLanguages(), meeting.title);
        Optional<Integer> latest = versions.latestNumber(meetingId);
        Map<UUID, List<ItemContribution>> contributions = listing.byItem(meetingId, caller.isSecretariat(),
                caller.memberState().orElse(null));
        return new AgendaView(meeting.id, latest.isPresent() ? "ADOPTED" : "DRAFT",
                latest.orElse(null), language, current.items().stream()
                .map(item -> AgendaView.Item.of(item, current.counts().get(item.id),
                        contributions.getOrDefault(item.id, List.of()), language)).toList(),
                AgendaProposal.Kind.byName(current.meetingCounts()));
    }

    @POST
    @Path("/items")
    @RolesAllowed(Roles.SECRETARIAT)
    @Consumes(MediaType.APPLICATION_JSON)
    @Parameter(ref = "AcceptLanguage")
    @Operation(operationId = "addAgendaItem",
            summary = "Put an item on the agenda", description = "Secretariat only. Publishes AgendaItemAdded."
            + AFTER_ADOPTION)
    @APIResponse(responseCode = "201", description = "Added",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = AgendaView.Item.class)))
    @APIResponse(responseCode = "400", description = "Invalid request, or no reason after adoption")
    @APIResponse(responseCode = "403", description = "Not the secretariat")
    @APIResponse(responseCode = "404", description = "No such meeting")
    @APIResponse(responseCode = "409", description = "Another item has that number")
    public Response addItem(@PathParam("meetingId") String meetingId, @NotNull @Valid AddItemRequest request,
                            @Context UriInfo uri) {
        AgendaItem item = agenda.addItem(meetingId, request.toCommand(), caller.name());
        return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(item.number)).build())
                .entity(itemView(item)).build();
    }

    @PATCH
    @Path("/items/{number}")
    @RolesAllowed(Roles.SECRETARIAT)
    @Consumes(MediaType.APPLICATION_JSON)
    @Parameter(ref = "AcceptLanguage")
    @Operation(operationId = "changeAgendaItem",
            summary = "Change an item", description = "Secretariat only. Only the fields given change; a new "
            + "number renumbers it. Publishes AgendaItemChanged." + AFTER_ADOPTION)
    @APIResponse(responseCode = "200", description = "The item as it now is")
    @APIResponse(responseCode = "400", description = "Invalid request, or no reason after adoption")
    @APIResponse(responseCode = "403", description = "Not the secretariat")
    @APIResponse(responseCode = "404", description = "No such meeting or item")
    @APIResponse(responseCode = "409", description = "Another item has the new number")
    public AgendaView.Item changeItem(@PathParam("meetingId") String meetingId, @PathParam("number") int number,
                                      @NotNull @Valid ChangeItemRequest request) {
        return itemView(agenda.changeItem(meetingId, number, request.toCommand(), caller.name()));
    }

    @DELETE
    @Path("/items/{number}")
    @RolesAllowed(Roles.SECRETARIAT)
    @Operation(operationId = "removeAgendaItem",
            summary = "Take an item off the agenda", description = "Secretariat only. Its proposals stay on "
            + "record. Publishes AgendaItemRemoved." + AFTER_ADOPTION)
    @APIResponse(responseCode = "204", description = "Removed")
    @APIResponse(responseCode = "400", description = "No reason after adoption")
    @APIResponse(responseCode = "403", description = "Not the secretariat")
    @APIResponse(responseCode = "404", description = "No such meeting or item")
    public void removeItem(@PathParam("meetingId") String meetingId, @PathParam("number") int number,
                           @QueryParam("reason") @Size(max = 1000) String reason) {
        agenda.removeItem(meetingId, number, reason, caller.name());
    }

    @POST
    @Path("/versions")
    @RolesAllowed(Roles.SECRETARIAT)
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "adoptAgenda",
            summary = "Adopt the agenda", description = "Secretariat only. Freezes the agenda as it stands as the "
            + "next immutable version (version 1 needs no reason). Publishes AgendaAdopted.")
    @APIResponse(responseCode = "201", description = "The new version",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = VersionView.class)))
    @APIResponse(responseCode = "400", description = "A later version without a reason")
    @APIResponse(responseCode = "403", description = "Not the secretariat")
    @APIResponse(responseCode = "404", description = "No such meeting")
    @APIResponse(responseCode = "409", description = "The agenda is the same as its latest version")
    public Response adopt(@PathParam("meetingId") String meetingId, @Valid AdoptRequest request,
                          @Context UriInfo uri) {
        AgendaVersion version = versions.adopt(meetingId, request == null ? null : request.reason(), caller.name());
        return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(version.key.number())).build())
                .entity(VersionView.of(version, true)).build();
    }

    @GET
    @Path("/versions")
    @Authenticated
    @Parameter(ref = "AcceptLanguage")
    @Operation(operationId = "listAgendaVersions",
            summary = "The adopted versions", description = "Oldest first, without their items")
    @APIResponse(responseCode = "200", description = "The versions; empty while the agenda is a draft")
    @APIResponse(responseCode = "404", description = "No such meeting")
    public List<VersionView> versions(@PathParam("meetingId") String meetingId) {
        meeting(meetingId);
        return versions.list(meetingId).stream().map(v -> VersionView.of(v, false)).toList();
    }

    @GET
    @Path("/versions/{number}")
    @Authenticated
    @Parameter(ref = "AcceptLanguage")
    @Operation(operationId = "getAgendaVersion", summary = "One adopted version, with its items as they stood")
    @APIResponse(responseCode = "200", description = "The version")
    @APIResponse(responseCode = "404", description = "No such meeting or version")
    public VersionView version(@PathParam("meetingId") String meetingId, @PathParam("number") int number) {
        return VersionView.of(version(meetingId, number, "Agenda version"), true);
    }

    @GET
    @Path("/versions/compare")
    @Authenticated
    @Parameter(ref = "AcceptLanguage")
    @Operation(operationId = "compareAgendaVersions",
            summary = "Compare two versions", description = "Items added, removed, renumbered and retitled from "
            + "one version to the other.")
    @APIResponse(responseCode = "200", description = "The differences")
    @APIResponse(responseCode = "400", description = "from or to missing")
    @APIResponse(responseCode = "404", description = "No such meeting or version")
    public VersionView.Comparison compare(@PathParam("meetingId") String meetingId,
                                          @QueryParam("from") @NotNull @Positive Integer from,
                                          @QueryParam("to") @NotNull @Positive Integer to) {
        return VersionView.Comparison.of(VersionService.compare(version(meetingId, from, "Agenda version"),
                version(meetingId, to, "Agenda version")));
    }

    private AgendaVersion version(String meetingId, Integer number, String what) {
        meeting(meetingId);
        return versions.find(meetingId, number).orElseThrow(() -> new NotFound(what, number));
    }

    private Meeting meeting(String meetingId) {
        return meetings.find(meetingId).orElseThrow(() -> new NotFound("Meeting", meetingId));
    }

    private AgendaView.Item itemView(AgendaItem item) {
        Meeting meeting = meeting(item.meetingId);
        String language = Languages.pick(headers.getAcceptableLanguages(), meeting.title);
        return AgendaView.Item.of(item, agenda.counts(item), listing.byItem(item.meetingId, true, null)
                .getOrDefault(item.id, List.of()), language);
    }
}
