package org.plenary.dashboard.pages;

import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.plenary.client.agenda.model.Allocation;
import org.plenary.client.agenda.model.Meeting;
import org.plenary.client.agenda.model.ScheduleSession;
import org.plenary.dashboard.calendar.CalendarLinks;
import org.plenary.dashboard.services.Services;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * The time plan: sessions and the minutes allocated to items in each, edited under agenda-service's own checks
 * (overlaps, overbooking), whose refusals the page shows; publishing; and the calendar address a calendar
 * application subscribes to.
 */
@Path("/meetings/{meetingId}/time-plan")
@RolesAllowed("secretariat")
@Produces(MediaType.TEXT_HTML)
public class TimePlanPage {

    private final Template timeplan;
    private final PageContext context;
    private final Services services;
    private final Actions actions;
    private final CalendarLinks calendars;

    @Inject
    public TimePlanPage(Template timeplan, PageContext context, Services services, CalendarLinks calendars,
                        Actions actions) {
        this.actions = actions;
        this.timeplan = timeplan;
        this.context = context;
        this.services = services;
        this.calendars = calendars;
    }

    @GET
    public TemplateInstance show(@PathParam("meetingId") String meetingId) throws Exception {
        Meeting meeting = context.meeting(meetingId);
        String language = context.language().code();
        return context.page(timeplan, meeting, "timeplan")
                .data("plan", services.timePlan().getTimePlan(meetingId, language, null))
                .data("items", services.agendaItems().getAgenda(meetingId, language, null).getItems())
                .data("calendar", calendars.subscription(meetingId));
    }

    @POST
    @Path("/sessions")
    public Response schedule(@PathParam("meetingId") String meetingId, @FormParam("titleEn") String titleEn,
                             @FormParam("title") String title, @FormParam("date") LocalDate date,
                             @FormParam("start") String start, @FormParam("end") String end) {
        return actions.perform(back(meetingId), "session_scheduled", () -> services.timePlan().scheduleSession(
                meetingId, new ScheduleSession().title(AgendaPage.titles(context.language(), titleEn, title))
                        .date(date).start(start).end(end), context.language().code()));
    }

    /** The items of a session, one "item minutes" pair per line, e.g. "5 20". */
    @POST
    @Path("/sessions/{sessionId}/allocation")
    public Response allocate(@PathParam("meetingId") String meetingId, @PathParam("sessionId") UUID sessionId,
                             @FormParam("allocation") String allocation) {
        return actions.perform(back(meetingId), "allocation_changed", () -> services.timePlan().allocateSessionItems(
                meetingId, sessionId, allocations(allocation), context.language().code()));
    }

    @POST
    @Path("/sessions/{sessionId}/cancellation")
    public Response cancel(@PathParam("meetingId") String meetingId, @PathParam("sessionId") UUID sessionId) {
        return actions.perform(back(meetingId), "session_cancelled",
                () -> services.timePlan().cancelSession(meetingId, sessionId));
    }

    @POST
    @Path("/publication")
    public Response publish(@PathParam("meetingId") String meetingId) {
        return actions.perform(back(meetingId), "plan_published",
                () -> services.timePlan().publishTimePlan(meetingId, context.language().code()));
    }

    /** "5 20" lines to allocations; a line that is not two numbers is refused by the service as it is sent. */
    static List<Allocation> allocations(String text) {
        List<Allocation> allocations = new ArrayList<>();
        for (String line : (text == null ? "" : text).split("\\R")) {
            String[] parts = line.trim().split("[\\s:=,]+");
            if (parts.length == 2 && parts[0].matches("\\d{1,4}") && parts[1].matches("\\d{1,4}")) {
                allocations.add(new Allocation().itemNumber(Integer.parseInt(parts[0]))
                        .minutes(Integer.parseInt(parts[1])));
            } else if (!line.isBlank()) {
                throw new IllegalArgumentException("\"" + line.trim() + "\" is not an item number and minutes");
            }
        }
        return allocations;
    }

    private static String back(String meetingId) {
        return "/meetings/" + meetingId + "/time-plan";
    }
}
