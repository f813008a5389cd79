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
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.plenary.client.agenda.model.Meeting;
import org.plenary.client.notification.model.DeliveryPage;
import org.plenary.client.notification.model.Reminder;
import org.plenary.client.notification.model.ReminderOffsets;
import org.plenary.dashboard.services.Services;

import java.util.Arrays;
import java.util.List;
import java.util.UUID;

/**
 * Email: the delivery ledger with its filters (failed and dead ones stand out), one delivery as it was sent, a
 * resend; the reminders planned for the deadline and their offsets, which the secretariat may change.
 */
@Path("/meetings/{meetingId}/emails")
@RolesAllowed("secretariat")
@Produces(MediaType.TEXT_HTML)
public class EmailsPage {

    private static final int PAGE_SIZE = 50;
    /** The reminders whose offsets the form changes (notification-service's PUT …/reminders/offsets). */
    private static final String CONTRIBUTION_REMINDERS = "CONTRIBUTION_DEADLINE";
    /** The kinds of email notification-service sends (its EmailKind), as the ledger's filter offers them. */
    public static final List<String> KINDS = List.of("CONTRIBUTION", "SPEAKERS_CHANGED", "ADDITIONAL_SPEAKER_REQUESTED",
            "ADDITIONAL_SPEAKER_DECIDED", "PARTICIPANT_LINK", "CONTRIBUTION_DEADLINE_REMINDER",
            "CONTRIBUTION_DEADLINE_CHANGED", "CONTRIBUTION_PUBLISHED", "CONTRIBUTION_WITHDRAWN",
            "SPEAKER_DESIGNATION_REMINDER", "AGENDA_ADOPTED", "TIME_PLAN_PUBLISHED");

    private final Template emails;
    private final Template email;
    private final PageContext context;
    private final Services services;
    private final Actions actions;

    @Inject
    public EmailsPage(Template emails, Template email, PageContext context, Services services,
                      Actions actions) {
        this.actions = actions;
        this.emails = emails;
        this.email = email;
        this.context = context;
        this.services = services;
    }

    /** What the ledger is filtered by, as the form shows it again. */
    public record Filter(String status, String kind, String recipient, int page) {

        /** The same filter on another page of the ledger, as a link: its values encoded. */
        public String onPage(String meetingId, int other) {
            return "/meetings/" + encode(meetingId) + "/emails?status=" + encode(status) + "&kind=" + encode(kind)
                    + "&recipient=" + encode(recipient) + "&page=" + other;
        }

        private static String encode(String value) {
            return value == null ? "" : java.net.URLEncoder.encode(value, java.nio.charset.StandardCharsets.UTF_8);
        }
    }

    /** The links to the pages before and after, when there are such pages. */
    public record Pager(String previous, String next) {
    }

    @GET
    public TemplateInstance ledger(@PathParam("meetingId") String meetingId, @QueryParam("status") String status,
                                   @QueryParam("kind") String kind, @QueryParam("recipient") String recipient,
                                   @QueryParam("page") Integer page) throws Exception {
        Meeting meeting = context.meeting(meetingId);
        Filter filter = new Filter(Forms.given(status), Forms.given(kind),
                Forms.given(recipient), page == null || page < 0 ? 0 : page);
        List<Reminder> reminders = services.reminders().listReminders(meetingId, null);
        DeliveryPage ledger = services.deliveries().listDeliveries(null, filter.kind(), meetingId, filter.page(),
                filter.recipient(), PAGE_SIZE, filter.status(), null, null);
        boolean more = (filter.page() + 1L) * PAGE_SIZE < ledger.getTotal();
        return context.page(emails, meeting, "emails")
                .data("filter", filter)
                .data("pager", new Pager(filter.page() > 0 ? filter.onPage(meetingId, filter.page() - 1) : null,
                        more ? filter.onPage(meetingId, filter.page() + 1) : null))
                .data("statuses", OverviewPage.DELIVERY_STATUSES)
                .data("kinds", KINDS)
                .data("ledger", ledger)
                .data("reminders", reminders)
                .data("offsets", String.join(", ", reminders.stream()
                        .filter(r -> CONTRIBUTION_REMINDERS.equals(r.getKind()))
                        .filter(r -> r.getState() != Reminder.StateEnum.SUPERSEDED).map(Reminder::getOffset)
                        .distinct().toList()));
    }

    @GET
    @Path("/{deliveryId}")
    public TemplateInstance one(@PathParam("meetingId") String meetingId, @PathParam("deliveryId") UUID deliveryId)
            throws Exception {
        return context.page(email, context.meeting(meetingId), "emails")
                .data("d", services.deliveries().getDelivery(deliveryId, null));
    }

    @POST
    @Path("/{deliveryId}/resend")
    public Response resend(@PathParam("meetingId") String meetingId, @PathParam("deliveryId") UUID deliveryId) {
        return actions.perform("/meetings/" + meetingId + "/emails/" + deliveryId, "email_resent",
                () -> services.deliveries().resendDelivery(deliveryId));
    }

    /** Offsets before the deadline, ISO 8601 durations separated by spaces or commas, e.g. "P7D, P1D, PT2H". */
    @POST
    @Path("/reminder-offsets")
    public Response offsets(@PathParam("meetingId") String meetingId, @FormParam("offsets") String offsets) {
        List<String> list = offsets == null ? List.of()
                : Arrays.stream(offsets.split("[\\s,]+")).filter(o -> !o.isBlank()).toList();
        return actions.perform("/meetings/" + meetingId + "/emails", "offsets_changed",
                () -> services.reminders().setReminderOffsets(meetingId, new ReminderOffsets().offsets(list)));
    }
}
