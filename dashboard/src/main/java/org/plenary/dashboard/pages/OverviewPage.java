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
import org.plenary.client.agenda.model.ChangeContributionDeadline;
import org.plenary.client.agenda.model.Meeting;
import org.plenary.client.contribution.model.Contribution;
import org.plenary.client.notification.model.Reminder;
import org.plenary.client.registration.model.CapacityUsage;
import org.plenary.dashboard.services.Services;

import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.ArrayList;
import java.util.List;

/**
 * The meeting at a glance: the contribution deadline and its history, the speaker and viewer pools, the
 * contributions received, the health of the email and the next reminders. Its live part is fetched again every few
 * seconds (htmx), so a registration or a submission shows without reloading.
 */
@Path("/meetings/{meetingId}")
@RolesAllowed("secretariat")
@Produces(MediaType.TEXT_HTML)
public class OverviewPage {

    static final List<String> DELIVERY_STATUSES = List.of("SENT", "PENDING", "FAILED", "DEAD");

    private final Template overview;
    private final PageContext context;
    private final Services services;
    private final Actions actions;

    @Inject
    public OverviewPage(Template overview, PageContext context, Services services, Actions actions) {
        this.actions = actions;
        this.overview = overview;
        this.context = context;
        this.services = services;
    }

    @GET
    public TemplateInstance show(@PathParam("meetingId") String meetingId) throws Exception {
        Meeting meeting = context.meeting(meetingId);
        return live(context.page(overview, meeting, "overview"), meeting)
                .data("changes", services.meetings().listContributionDeadlineChanges(meetingId, null));
    }

    /** The part of the page that moves: fetched by the page itself every few seconds. */
    @GET
    @Path("/live")
    public TemplateInstance liveFragment(@PathParam("meetingId") String meetingId) throws Exception {
        Meeting meeting = context.meeting(meetingId);
        return live(context.page(overview.getFragment("live"), meeting, "overview"), meeting);
    }

    @POST
    @Path("/contribution-deadline")
    public Response changeDeadline(@PathParam("meetingId") String meetingId, @FormParam("date") LocalDate date,
                                   @FormParam("time") String time, @FormParam("reason") String reason) {
        // 24:00, as the letter writes a deadline, is the end of the day: agenda-service's default when no time is given.
        String at = time == null || time.isBlank() || time.trim().equals("24:00") ? null : time.trim();
        return actions.perform("/meetings/" + meetingId, "deadline_changed", () -> services.meetings()
                .changeContributionDeadline(meetingId, new ChangeContributionDeadline().date(date).time(at)
                        .reason(reason), context.language().code()));
    }

    /** How many of the meeting's emails are in one delivery status. */
    public record EmailCount(String status, long count) {

        /** The status as an element id: "dead". */
        public String id() {
            return status.toLowerCase(java.util.Locale.ROOT);
        }

        /** The message key of the status's name: "status_DEAD". */
        public String label() {
            return "status_" + status;
        }
    }

    private TemplateInstance live(TemplateInstance page, Meeting meeting) throws Exception {
        String meetingId = meeting.getId();
        OffsetDateTime now = services.clock().getClock(null).getNow();
        ZoneId zone = ZoneId.of(meeting.getTimeZone());
        CapacityUsage pools = services.capacity().getCapacity(meetingId, null);
        List<Contribution> contributions = ContributionsPage.all(services, meetingId, null, null, null);
        LocalDate today = now.atZoneSameInstant(zone).toLocalDate();
        List<EmailCount> emails = new ArrayList<>();
        for (String status : DELIVERY_STATUSES) {
            emails.add(new EmailCount(status, services.deliveries().listDeliveries(null, null, meetingId, 0, null, 1,
                    status, null, null).getTotal()));
        }
        List<Reminder> next = services.reminders().listReminders(meetingId, null).stream()
                .filter(r -> r.getState() == Reminder.StateEnum.PLANNED || r.getState() == Reminder.StateEnum.DUE)
                .sorted(Comparator.comparing(Reminder::getDueAt)).limit(5).toList();
        OffsetDateTime deadline = meeting.getContributionDeadline();
        return page.data("now", now)
                .data("secondsLeft", Math.max(0, Duration.between(now, deadline).toSeconds()))
                .data("pools", pools)
                .data("contributionCount", contributions.size())
                .data("receivedToday", contributions.stream().filter(c -> c.getSubmittedAt() != null
                        && c.getSubmittedAt().atZoneSameInstant(zone).toLocalDate().equals(today)).count())
                .data("late", contributions.stream().filter(c -> Boolean.FALSE.equals(c.getOnTime())).count())
                .data("emails", emails)
                .data("reminders", next);
    }
}
