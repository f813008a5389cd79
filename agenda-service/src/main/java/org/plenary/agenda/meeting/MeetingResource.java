package org.plenary.agenda.meeting;

import io.quarkus.security.Authenticated;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
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
import org.plenary.platform.i18n.Languages;
import org.plenary.platform.problem.NotFound;
import org.plenary.platform.security.Caller;
import org.plenary.platform.security.Roles;

import java.util.List;

@Path("/meetings")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Meetings",
        description = "The consultation: its dates, time zone, mailboxes and contribution deadline with its history")
@APIResponse(responseCode = "401", description = "No valid bearer token")
public class MeetingResource {

    private final MeetingService meetings;
    private final Caller caller;
    private final HttpHeaders headers;

    public MeetingResource(MeetingService meetings, Caller caller, @Context HttpHeaders headers) {
        this.meetings = meetings;
        this.caller = caller;
        this.headers = headers;
    }

    @GET
    @Authenticated
    @Parameter(ref = "AcceptLanguage")
    @Operation(operationId = "listMeetings", summary = "List meetings")
    @APIResponse(responseCode = "200", description = "Every meeting")
    public List<MeetingView> list() {
        return meetings.list().stream().map(m -> MeetingView.of(m, language(m))).toList();
    }

    @GET
    @Path("/{meetingId}")
    @Authenticated
    @Parameter(ref = "AcceptLanguage")
    @Operation(operationId = "getMeeting",
            summary = "Read a meeting", description = "Titles follow Accept-Language; English is the fallback.")
    @APIResponse(responseCode = "200", description = "The meeting")
    @APIResponse(responseCode = "404", description = "No such meeting")
    public MeetingView get(@PathParam("meetingId") String meetingId) {
        Meeting meeting = meetings.find(meetingId).orElseThrow(() -> new NotFound("Meeting", meetingId));
        return MeetingView.of(meeting, language(meeting));
    }

    @POST
    @RolesAllowed(Roles.SECRETARIAT)
    @Consumes(MediaType.APPLICATION_JSON)
    @Parameter(ref = "AcceptLanguage")
    @Operation(operationId = "createMeeting",
            summary = "Create a meeting", description = "Secretariat only. Publishes MeetingScheduled.")
    @APIResponse(responseCode = "201", description = "Created; Location names the meeting",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = MeetingView.class)))
    @APIResponse(responseCode = "400", description = "Invalid request: each failing field and its rule")
    @APIResponse(responseCode = "403", description = "Not the secretariat")
    @APIResponse(responseCode = "409", description = "The id is taken")
    public Response create(@NotNull @Valid CreateMeetingRequest request, @Context UriInfo uri) {
        Meeting meeting = meetings.create(request.toCommand(), caller.name());
        return Response.created(uri.getAbsolutePathBuilder().path(meeting.id).build())
                .entity(MeetingView.of(meeting, language(meeting))).build();
    }

    @PATCH
    @Path("/{meetingId}")
    @RolesAllowed(Roles.SECRETARIAT)
    @Consumes(MediaType.APPLICATION_JSON)
    @Parameter(ref = "AcceptLanguage")
    @Operation(operationId = "changeMeeting",
            summary = "Change a meeting", description = "Secretariat only. Title translations, start date, "
            + "mailboxes, capacity: only the fields given change. Publishes MeetingScheduled with the full state.")
    @APIResponse(responseCode = "200", description = "The meeting as it now is")
    @APIResponse(responseCode = "400", description = "Invalid request: each failing field and its rule")
    @APIResponse(responseCode = "403", description = "Not the secretariat")
    @APIResponse(responseCode = "404", description = "No such meeting")
    public MeetingView change(@PathParam("meetingId") String meetingId, @NotNull @Valid ChangeMeetingRequest request) {
        Meeting meeting = meetings.change(meetingId, request.toCommand());
        return MeetingView.of(meeting, language(meeting));
    }

    @PUT
    @Path("/{meetingId}/contribution-deadline")
    @RolesAllowed(Roles.SECRETARIAT)
    @Consumes(MediaType.APPLICATION_JSON)
    @Parameter(ref = "AcceptLanguage")
    @Operation(operationId = "changeContributionDeadline", summary = "Extend or move the contribution deadline",
            description = "Secretariat only. The date (and optional time) are read in the meeting's time zone; without "
                    + "a time the deadline is the end of that day. Records who, when, why and the previous value, and "
                    + "publishes ContributionDeadlineChanged. Setting the current deadline changes nothing.")
    @APIResponse(responseCode = "200", description = "The meeting with its new deadline")
    @APIResponse(responseCode = "400", description = "Invalid request: each failing field and its rule (a deadline "
            + "already passed: `date`, rule `Future`)")
    @APIResponse(responseCode = "403", description = "Not the secretariat")
    @APIResponse(responseCode = "404", description = "No such meeting")
    public MeetingView changeDeadline(@PathParam("meetingId") String meetingId,
                                      @NotNull @Valid ChangeDeadlineRequest request) {
        Meeting meeting = meetings.changeDeadline(meetingId, request.date(), request.time(), request.reason(),
                caller.name());
        return MeetingView.of(meeting, language(meeting));
    }

    @GET
    @Path("/{meetingId}/contribution-deadline/history")
    @Authenticated
    @Operation(operationId = "listContributionDeadlineChanges",
            summary = "The contribution deadline's history", description = "Every setting, oldest first.")
    @APIResponse(responseCode = "200", description = "The history")
    @APIResponse(responseCode = "404", description = "No such meeting")
    public List<DeadlineChangeView> deadlineHistory(@PathParam("meetingId") String meetingId) {
        Meeting meeting = meetings.find(meetingId).orElseThrow(() -> new NotFound("Meeting", meetingId));
        return meetings.deadlineHistory(meetingId).stream()
                .map(change -> DeadlineChangeView.of(change, meeting.timeZone)).toList();
    }

    private String language(Meeting meeting) {
        return Languages.pick(headers.getAcceptableLanguages(), meeting.title);
    }
}
