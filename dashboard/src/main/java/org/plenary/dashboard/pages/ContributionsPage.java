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
import org.plenary.client.contribution.model.Contact;
import org.plenary.client.contribution.model.Contribution;
import org.plenary.client.contribution.model.ContributionPage;
import org.plenary.client.contribution.model.ContributionRequest;
import org.plenary.client.contribution.model.WithdrawContribution;
import org.plenary.dashboard.services.Services;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

/**
 * Member states' written contributions: the table with its filters (item, member state, status, lateness), one
 * contribution with every field of the template and its revisions, and what the secretariat does with them:
 * publish, withdraw, or record one received late, with the reason it is accepted.
 */
@Path("/meetings/{meetingId}/contributions")
@RolesAllowed("secretariat")
@Produces(MediaType.TEXT_HTML)
public class ContributionsPage {

    private static final int PAGE_SIZE = 200;

    private final Template contributions;
    private final Template contribution;
    private final PageContext context;
    private final Services services;
    private final Actions actions;

    @Inject
    public ContributionsPage(Template contributions, Template contribution, PageContext context, Services services,
                             Actions actions) {
        this.actions = actions;
        this.contributions = contributions;
        this.contribution = contribution;
        this.context = context;
        this.services = services;
    }

    @GET
    public TemplateInstance list(@PathParam("meetingId") String meetingId, @QueryParam("item") Integer item,
                                 @QueryParam("state") String state, @QueryParam("status") String status,
                                 @QueryParam("late") String late) throws Exception {
        Meeting meeting = context.meeting(meetingId);
        String memberState = state == null || state.isBlank() ? null : state.trim().toUpperCase(Locale.ROOT);
        String wanted = status == null || status.isBlank() ? null : status;
        List<Contribution> found = all(services, meetingId, item, memberState, wanted).stream()
                .filter(c -> late == null || late.isBlank() || late.equals("late") != Boolean.TRUE.equals(c.getOnTime()))
                .toList();
        return context.page(contributions, meeting, "contributions")
                .data("contributions", found)
                .data("items", services.agendaItems().getAgenda(meetingId, context.language().code(), null).getItems())
                .data("statuses", List.of("SUBMITTED", "PUBLISHED", "WITHDRAWN"))
                .data("filter", new Filter(item, memberState, wanted, late));
    }

    /** What the table is filtered by, as the form shows it again. */
    public record Filter(Integer item, String state, String status, String late) {
    }

    @GET
    @Path("/{contributionId}")
    public TemplateInstance one(@PathParam("meetingId") String meetingId,
                                @PathParam("contributionId") UUID contributionId) throws Exception {
        Meeting meeting = context.meeting(meetingId);
        return context.page(contribution, meeting, "contributions")
                .data("c", services.contributions().getContribution(contributionId, meetingId, null))
                .data("revisions", services.contributions().listContributionRevisions(contributionId, meetingId, null));
    }

    @POST
    @Path("/{contributionId}/publication")
    public Response publish(@PathParam("meetingId") String meetingId,
                            @PathParam("contributionId") UUID contributionId) {
        return actions.perform(page(meetingId, contributionId), "contribution_published",
                () -> services.contributions().publishContribution(contributionId, meetingId));
    }

    @POST
    @Path("/{contributionId}/withdrawal")
    public Response withdraw(@PathParam("meetingId") String meetingId,
                             @PathParam("contributionId") UUID contributionId, @FormParam("reason") String reason) {
        return actions.perform(page(meetingId, contributionId), "contribution_withdrawn",
                () -> services.contributions().withdrawContribution(contributionId, meetingId,
                        new WithdrawContribution().reason(reason)));
    }

    /** A contribution that reached the secretariat after the deadline, accepted with a reason. */
    @POST
    @Path("/late")
    public Response recordLate(@PathParam("meetingId") String meetingId, @FormParam("states") String states,
                               @FormParam("item") Integer item, @FormParam("title") String title,
                               @FormParam("document") String document, @FormParam("comments") String comments,
                               @FormParam("wayForward") String wayForward, @FormParam("language") String language,
                               @FormParam("contactName") String contactName,
                               @FormParam("contactEmail") String contactEmail, @FormParam("reason") String reason) {
        List<String> submitting = states == null ? List.of() : Arrays.stream(states.split("[\\s,]+"))
                .filter(s -> !s.isBlank()).map(s -> s.toUpperCase(Locale.ROOT)).toList();
        return actions.perform("/meetings/" + meetingId + "/contributions", "contribution_recorded",
                () -> services.contributions().submitContribution(meetingId, new ContributionRequest()
                        .submittingMemberStates(submitting).itemNumber(item).title(title)
                        .documentReference(Forms.given(document)).commentsOnDocument(comments)
                        .proposedWayForward(wayForward).language(language)
                        .contact(new Contact().name(contactName).email(contactEmail))
                        .lateAcceptanceReason(reason), UUID.randomUUID().toString()));
    }

    /** Every contribution the filters select, page after page. */
    static List<Contribution> all(Services services, String meetingId, Integer item, String memberState,
                                  String status) throws Exception {
        List<Contribution> all = new ArrayList<>();
        for (int page = 0; ; page++) {
            ContributionPage one = services.contributions().listContributions(meetingId, item, memberState, page,
                    PAGE_SIZE, status, null);
            all.addAll(one.getContributions());
            if (one.getContributions().size() < PAGE_SIZE || all.size() >= one.getTotal()) {
                return all;
            }
        }
    }

    private static String page(String meetingId, UUID contributionId) {
        return "/meetings/" + meetingId + "/contributions/" + contributionId;
    }
}
