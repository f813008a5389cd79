package org.plenary.agenda.rendering;

import io.quarkus.security.Authenticated;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.plenary.agenda.agenda.AgendaService;
import org.plenary.agenda.agenda.VersionService;
import org.plenary.agenda.meeting.Meeting;
import org.plenary.agenda.meeting.MeetingService;
import org.plenary.platform.i18n.Languages;
import org.plenary.platform.problem.NotFound;

import java.util.HashSet;
import java.util.Set;

/** The agenda for spreadsheets and for people, laid out as annex 1 of the letter, in the language asked for. */
@Path("/meetings/{meetingId}")
@Tag(name = "Agenda")
@APIResponse(responseCode = "401", description = "No valid bearer token")
@APIResponse(responseCode = "404", description = "No such meeting")
public class AgendaDocumentResource {

    private final MeetingService meetings;
    private final AgendaService agenda;
    private final VersionService versions;
    private final HttpHeaders headers;

    public AgendaDocumentResource(MeetingService meetings, AgendaService agenda, VersionService versions,
                                  @Context HttpHeaders headers) {
        this.meetings = meetings;
        this.agenda = agenda;
        this.versions = versions;
        this.headers = headers;
    }

    @GET
    @Path("/agenda.csv")
    @Authenticated
    @Produces("text/csv")
    @Parameter(ref = "AcceptLanguage")
    @Operation(operationId = "getAgendaCsv",
            summary = "The agenda as CSV", description = "Number, title, document, decision or resolution, "
            + "comment (derived from the proposals), as annex 1 of the letter; UTF-8 with a byte-order mark. "
            + "Accept-Language chooses the language.")
    @APIResponse(responseCode = "200", description = "text/csv",
            content = @Content(mediaType = "text/csv", schema = @Schema(type = SchemaType.STRING)))
    public Response csv(@PathParam("meetingId") String meetingId) {
        AgendaDocument document = document(meetingId);
        return Response.ok(document.csv(), "text/csv; charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"" + meetingId + "-agenda.csv\"").build();
    }

    @GET
    @Path("/agenda.html")
    @Authenticated
    @Produces("text/html")
    @Parameter(ref = "AcceptLanguage")
    @Operation(operationId = "getAgendaHtml",
            summary = "The agenda as a printable page", description = "The same rows as the CSV, in a table.")
    @APIResponse(responseCode = "200", description = "text/html",
            content = @Content(mediaType = "text/html", schema = @Schema(type = SchemaType.STRING)))
    public Response html(@PathParam("meetingId") String meetingId) {
        return Response.ok(document(meetingId).html(), "text/html; charset=UTF-8").build();
    }

    private AgendaDocument document(String meetingId) {
        Meeting meeting = meetings.find(meetingId).orElseThrow(() -> new NotFound("Meeting", meetingId));
        AgendaService.Agenda current = agenda.agenda(meetingId);
        Set<String> available = new HashSet<>(meeting.title.keySet());
        current.items().forEach(item -> available.addAll(item.title.keySet()));
        String language = Languages.pick(headers.getAcceptableLanguages(), available);
        Integer version = versions.latestNumber(meetingId).orElse(null);
        return AgendaDocument.of(language, Languages.text(meeting.title, language), version, current.items(),
                current.counts());
    }
}
