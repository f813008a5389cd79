package org.plenary.agenda.timeplan;

import io.quarkus.security.Authenticated;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
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
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.plenary.platform.i18n.Languages;
import org.plenary.platform.problem.Problem;
import org.plenary.platform.security.Roles;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

@Path("/meetings/{meetingId}")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Time plan",
        description = "Sessions, the items allocated to each and their minutes, published as a plan and as iCalendar")
@APIResponse(responseCode = "401", description = "No valid bearer token")
public class TimePlanResource {

    static final String CALENDAR = "text/calendar";

    private final TimePlanService timePlan;
    private final HttpHeaders headers;

    public TimePlanResource(TimePlanService timePlan, @Context HttpHeaders headers) {
        this.timePlan = timePlan;
        this.headers = headers;
    }

    @GET
    @Path("/time-plan")
    @Authenticated
    @Parameter(ref = "AcceptLanguage")
    @Operation(operationId = "getTimePlan",
            summary = "The time-management plan", description = "Sessions in order with their items and minutes; "
            + "DRAFT until published, and again after any change. Titles follow Accept-Language.")
    @APIResponse(responseCode = "200", description = "The plan")
    @APIResponse(responseCode = "404", description = "No such meeting")
    public TimePlanView read(@PathParam("meetingId") String meetingId) {
        TimePlanService.Plan plan = timePlan.plan(meetingId);
        return TimePlanView.of(plan, language(plan));
    }

    @GET
    @Path("/time-plan.ics")
    @Authenticated
    @Produces(CALENDAR)
    @Parameter(ref = "AcceptLanguage")
    @Operation(operationId = "getTimePlanCalendar", summary = "The time plan as iCalendar (RFC 5545)",
            description = "One VEVENT per session listing its items, in the meeting's time zone (with VTIMEZONE).")
    @APIResponse(responseCode = "200", description = "text/calendar",
            content = @Content(mediaType = "text/calendar", schema = @Schema(type = SchemaType.STRING)))
    @APIResponse(responseCode = "404", description = "No such meeting")
    public Response calendar(@PathParam("meetingId") String meetingId) {
        TimePlanService.Plan plan = timePlan.plan(meetingId);
        return Response.ok(ICalendarWriter.write(plan, language(plan)), CALENDAR + "; charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"" + meetingId + "-time-plan.ics\"").build();
    }

    @POST
    @Path("/sessions")
    @RolesAllowed(Roles.SECRETARIAT)
    @Consumes(MediaType.APPLICATION_JSON)
    @Parameter(ref = "AcceptLanguage")
    @Operation(operationId = "scheduleSession",
            summary = "Schedule a session", description = "Secretariat only. Refused when it overlaps another "
            + "session. Publishes SessionScheduled.")
    @APIResponse(responseCode = "201", description = "Scheduled",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = TimePlanView.Session.class)))
    @APIResponse(responseCode = "400", description = "Invalid request, e.g. an end before the start")
    @APIResponse(responseCode = "403", description = "Not the secretariat")
    @APIResponse(responseCode = "404", description = "No such meeting")
    @APIResponse(responseCode = "409", description = "Overlaps another session (named in overlappingSession)",
            content = @Content(mediaType = Problem.MEDIA_TYPE,
                    schema = @Schema(implementation = SessionsOverlap.Members.class)))
    public Response schedule(@PathParam("meetingId") String meetingId, @NotNull @Valid ScheduleSessionRequest request,
                             @Context UriInfo uri) {
        MeetingSession session = timePlan.schedule(meetingId, request.toCommand());
        TimePlanService.Plan plan = timePlan.plan(meetingId);
        TimePlanView.Session view = TimePlanView.of(plan, language(plan)).sessions().stream()
                .filter(s -> s.id().equals(session.id)).findFirst().orElseThrow();
        return Response.created(uri.getAbsolutePathBuilder().path(session.id.toString()).build()).entity(view).build();
    }

    @DELETE
    @Path("/sessions/{sessionId}")
    @RolesAllowed(Roles.SECRETARIAT)
    @Operation(operationId = "cancelSession",
            summary = "Cancel a session", description = "Secretariat only. Its items become unallocated. "
            + "Publishes SessionCancelled.")
    @APIResponse(responseCode = "204", description = "Cancelled")
    @APIResponse(responseCode = "403", description = "Not the secretariat")
    @APIResponse(responseCode = "404", description = "No such meeting or session")
    public void cancel(@PathParam("meetingId") String meetingId, @PathParam("sessionId") UUID sessionId) {
        timePlan.cancel(meetingId, sessionId);
    }

    @PUT
    @Path("/sessions/{sessionId}/allocations")
    @RolesAllowed(Roles.SECRETARIAT)
    @Consumes(MediaType.APPLICATION_JSON)
    @Parameter(ref = "AcceptLanguage")
    @Operation(operationId = "allocateSessionItems",
            summary = "Allocate agenda items to a session", description = "Secretariat only. Replaces the session's "
            + "allocations, in order. Refused whole when an item is not on the agenda, is listed twice, is allocated "
            + "to another session, or the minutes exceed the session's length.")
    @APIResponse(responseCode = "200", description = "The plan as it now is")
    @APIResponse(responseCode = "400", description = "Invalid request, e.g. an item listed twice")
    @APIResponse(responseCode = "403", description = "Not the secretariat")
    @APIResponse(responseCode = "404", description = "No such meeting or session")
    @APIResponse(responseCode = "409", description = "An item is allocated to another session")
    @APIResponse(responseCode = "422", description = "An item is not on the agenda, or the session is overbooked",
            content = @Content(mediaType = Problem.MEDIA_TYPE,
                    schema = @Schema(anyOf = {Problem.class, SessionOverbooked.Members.class})))
    public TimePlanView allocate(@PathParam("meetingId") String meetingId, @PathParam("sessionId") UUID sessionId,
                                 @NotNull @Size(max = 200) List<@NotNull @Valid AllocationRequest> allocations) {
        timePlan.allocate(meetingId, sessionId,
                allocations.stream().map(AllocationRequest::toCommand).toList());
        return read(meetingId);
    }

    @POST
    @Path("/time-plan/publication")
    @RolesAllowed(Roles.SECRETARIAT)
    @Parameter(ref = "AcceptLanguage")
    @Operation(operationId = "publishTimePlan",
            summary = "Publish the time plan", description = "Secretariat only. Publishes TimePlanPublished with "
            + "every session and allocation. A plan already published and unchanged since is not published again "
            + "(no event, no email; publishedAt stays).")
    @APIResponse(responseCode = "200", description = "The published plan")
    @APIResponse(responseCode = "403", description = "Not the secretariat")
    @APIResponse(responseCode = "404", description = "No such meeting")
    @APIResponse(responseCode = "409", description = "No session scheduled yet: nothing to publish (time-plan-empty)")
    public TimePlanView publish(@PathParam("meetingId") String meetingId) {
        TimePlanService.Plan plan = timePlan.publish(meetingId);
        return TimePlanView.of(timePlan.plan(meetingId), language(plan));
    }

    /** The plan's texts are the meeting's and its sessions' titles: any language one of them has may be chosen. */
    private String language(TimePlanService.Plan plan) {
        Set<String> available = new HashSet<>(plan.meeting().title.keySet());
        plan.sessions().forEach(entry -> available.addAll(entry.session().title.keySet()));
        return Languages.pick(headers.getAcceptableLanguages(), available);
    }
}
