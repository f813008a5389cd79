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
import org.plenary.client.agenda.model.AddAgendaItem;
import org.plenary.client.agenda.model.AdoptAgenda;
import org.plenary.client.agenda.model.AgendaVersion;
import org.plenary.client.agenda.model.ChangeAgendaItem;
import org.plenary.client.agenda.model.Meeting;
import org.plenary.client.agenda.model.Outcome;
import org.plenary.client.agenda.model.Venue;
import org.plenary.dashboard.i18n.Language;
import org.plenary.dashboard.services.Services;

import java.util.List;
import java.util.Map;

/**
 * The agenda: its items with document, outcome, venue, the proposals on each and the contributions under each;
 * adding, changing, renumbering and removing an item; adopting a version; two versions side by side. Titles are in
 * the page's language where the agenda has them.
 */
@Path("/meetings/{meetingId}/agenda")
@RolesAllowed("secretariat")
@Produces(MediaType.TEXT_HTML)
public class AgendaPage {

    private final Template agenda;
    private final PageContext context;
    private final Services services;
    private final Actions actions;

    @Inject
    public AgendaPage(Template agenda, PageContext context, Services services, Actions actions) {
        this.actions = actions;
        this.agenda = agenda;
        this.context = context;
        this.services = services;
    }

    @GET
    public TemplateInstance show(@PathParam("meetingId") String meetingId, @QueryParam("from") Integer from,
                                 @QueryParam("to") Integer to) throws Exception {
        Meeting meeting = context.meeting(meetingId);
        String language = context.language().code();
        List<AgendaVersion> versions = services.agendaItems().listAgendaVersions(meetingId, language, null);
        TemplateInstance page = context.page(agenda, meeting, "agenda")
                .data("agenda", services.agendaItems().getAgenda(meetingId, language, null))
                .data("versions", versions)
                .data("outcomes", Outcome.values())
                .data("venues", Venue.values())
                .data("comparison", null);
        if (from != null && to != null) {
            page.data("comparison", services.agendaItems().compareAgendaVersions(meetingId, from, to, language, null));
        }
        return page;
    }

    @POST
    @Path("/items")
    public Response add(@PathParam("meetingId") String meetingId, @FormParam("number") Integer number,
                        @FormParam("titleEn") String titleEn, @FormParam("title") String title,
                        @FormParam("document") String document, @FormParam("outcome") String outcome,
                        @FormParam("venue") String venue, @FormParam("reason") String reason) {
        return actions.perform(back(meetingId), "item_added", () -> services.agendaItems().addAgendaItem(meetingId,
                new AddAgendaItem().number(number).title(titles(context.language(), titleEn, title))
                        .documentReference(Forms.given(document)).outcome(outcome(outcome)).venue(venue(venue))
                        .reason(Forms.given(reason)), context.language().code()));
    }

    @POST
    @Path("/items/{number}")
    public Response change(@PathParam("meetingId") String meetingId, @PathParam("number") Integer number,
                           @FormParam("newNumber") Integer newNumber, @FormParam("title") String title,
                           @FormParam("document") String document, @FormParam("outcome") String outcome,
                           @FormParam("venue") String venue, @FormParam("reason") String reason) {
        // A title is sent only when one was typed, in the page's language: the field starts empty, so changing an
        // outcome on the French page cannot write the English title shown as a fallback as the French one.
        return actions.perform(back(meetingId), "item_changed", () -> services.agendaItems().changeAgendaItem(
                meetingId, number, new ChangeAgendaItem()
                        .number(newNumber == null || newNumber.equals(number) ? null : newNumber)
                        .title(Forms.given(title) == null ? null : Map.of(context.language().code(), title.trim()))
                        .documentReference(Forms.given(document)).outcome(outcome(outcome)).venue(venue(venue))
                        .reason(Forms.given(reason)), context.language().code()));
    }

    @POST
    @Path("/items/{number}/removal")
    public Response remove(@PathParam("meetingId") String meetingId, @PathParam("number") Integer number,
                           @FormParam("reason") String reason) {
        return actions.perform(back(meetingId), "item_removed",
                () -> services.agendaItems().removeAgendaItem(meetingId, number, Forms.given(reason)));
    }

    @POST
    @Path("/adoption")
    public Response adopt(@PathParam("meetingId") String meetingId, @FormParam("reason") String reason) {
        return actions.perform(back(meetingId), "agenda_adopted",
                () -> services.agendaItems().adoptAgenda(meetingId, new AdoptAgenda().reason(Forms.given(reason))));
    }

    /**
     * A new title: in English, which agenda-service requires of every item and session, and in the page's language
     * when the page is in another one and a translation was typed.
     */
    static Map<String, String> titles(Language page, String english, String translated) {
        Map<String, String> titles = new java.util.LinkedHashMap<>();
        if (Forms.given(english) != null) {
            titles.put(Language.en.code(), english.trim());
        }
        if (page != Language.en && Forms.given(translated) != null) {
            titles.put(page.code(), translated.trim());
        }
        return titles;
    }

    private static String back(String meetingId) {
        return "/meetings/" + meetingId + "/agenda";
    }

    private static Outcome outcome(String value) {
        return Forms.given(value) == null ? null : Outcome.fromValue(value);
    }

    private static Venue venue(String value) {
        return Forms.given(value) == null ? null : Venue.fromValue(value);
    }
}
