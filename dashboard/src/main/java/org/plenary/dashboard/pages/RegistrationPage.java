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
import org.plenary.client.agenda.model.Meeting;
import org.plenary.client.registration.model.CapacityUsage;
import org.plenary.client.registration.model.DecideAdditionalSpeaker;
import org.plenary.client.registration.model.DelegationUsage;
import org.plenary.client.registration.model.Participant;
import org.plenary.client.registration.model.SetCapacity;
import org.plenary.dashboard.services.Services;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;

/**
 * Registration: the pools and their sizes, each delegation with its speakers (1 to 3) and viewers, the waiting list,
 * the additional-speaker requests to grant or refuse, and the list of speakers as CSV for the platform operator.
 */
@Path("/meetings/{meetingId}/registration")
@RolesAllowed("secretariat")
public class RegistrationPage {

    private final Template registration;
    private final PageContext context;
    private final Services services;
    private final Actions actions;

    @Inject
    public RegistrationPage(Template registration, PageContext context, Services services,
                            Actions actions) {
        this.actions = actions;
        this.registration = registration;
        this.context = context;
        this.services = services;
    }

    /** A delegation as the page lists it: its counts and its people. */
    public record Delegation(String memberState, int speakers, int viewers, List<Participant> participants) {
    }

    @GET
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance show(@PathParam("meetingId") String meetingId) throws Exception {
        Meeting meeting = context.meeting(meetingId);
        CapacityUsage pools = services.capacity().getCapacity(meetingId, null);
        List<Delegation> delegations = delegations(meetingId, pools);
        List<Participant> waiting = delegations.stream().flatMap(d -> d.participants().stream())
                .filter(p -> p.getStatus() == Participant.StatusEnum.WAITING)
                .sorted(Comparator.comparing(Participant::getWaitingSince, Comparator.nullsLast(Comparator.naturalOrder())))
                .toList();
        return context.page(registration, meeting, "registration")
                .data("pools", pools)
                .data("delegations", delegations)
                .data("waiting", waiting)
                .data("requests", services.additionalSpeakers().listAdditionalSpeakerRequests(meetingId, null));
    }

    @POST
    @Path("/additional-speakers/{requestId}")
    public Response decide(@PathParam("meetingId") String meetingId, @PathParam("requestId") UUID requestId,
                           @FormParam("decision") String decision, @FormParam("reason") String reason) {
        boolean grant = "grant".equals(decision);
        return actions.perform(back(meetingId), grant ? "request_granted" : "request_refused", () -> {
            if (!grant && !"refuse".equals(decision)) {
                throw new IllegalArgumentException("decision: choose grant or refuse");
            }
            services.additionalSpeakers().decideAdditionalSpeakerRequest(meetingId, requestId,
                    new DecideAdditionalSpeaker().grant(grant).reason(Forms.given(reason)));
        });
    }

    @POST
    @Path("/capacity")
    public Response resize(@PathParam("meetingId") String meetingId, @FormParam("speakers") Integer speakers,
                           @FormParam("viewers") Integer viewers, @FormParam("perDelegation") Integer perDelegation) {
        return actions.perform(back(meetingId), "capacity_changed", () -> services.capacity().setCapacity(meetingId,
                new SetCapacity().speakers(speakers).viewers(viewers).speakersPerDelegationMax(perDelegation)));
    }

    /** The active speakers, one line each, for the operator of the video-conference platform. */
    @GET
    @Path("/speakers.csv")
    @Produces("text/csv")
    public Response speakers(@PathParam("meetingId") String meetingId) throws Exception {
        StringBuilder csv = new StringBuilder("member_state,name,email,function,language\r\n");
        for (Delegation delegation : delegations(meetingId, services.capacity().getCapacity(meetingId, null))) {
            for (Participant p : delegation.participants()) {
                if (p.getRole() == Participant.RoleEnum.SPEAKER && p.getStatus() == Participant.StatusEnum.ACTIVE) {
                    csv.append(String.join(",", cell(p.getMemberState()), cell(p.getName()), cell(p.getEmail()),
                            cell(p.getFunction()), cell(p.getLanguage()))).append("\r\n");
                }
            }
        }
        return Response.ok(csv.toString(), "text/csv; charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"" + meetingId + "-speakers.csv\"").build();
    }

    private List<Delegation> delegations(String meetingId, CapacityUsage pools) throws Exception {
        List<Delegation> delegations = new ArrayList<>();
        for (DelegationUsage usage : pools.getDelegations()) {
            delegations.add(new Delegation(usage.getMemberState(), usage.getSpeakers(), usage.getViewers(),
                    services.delegations().listParticipants(meetingId, usage.getMemberState(), null)));
        }
        return delegations;
    }

    /** A CSV field (RFC 4180), with a formula's leading character neutralised for spreadsheets. */
    static String cell(String value) {
        String text = value == null ? "" : value;
        if (!text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0) {
            text = "'" + text;
        }
        return text.matches(".*[\",\r\n].*") || text.startsWith("'") ? "\"" + text.replace("\"", "\"\"") + "\"" : text;
    }

    private static String back(String meetingId) {
        return "/meetings/" + meetingId + "/registration";
    }
}
