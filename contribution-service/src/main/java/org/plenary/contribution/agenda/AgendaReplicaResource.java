package org.plenary.contribution.agenda;

import io.quarkus.security.Authenticated;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.plenary.platform.i18n.Languages;
import org.plenary.platform.problem.NotFound;

import java.time.ZoneId;
import java.util.List;

@Path("/meetings/{meetingId}")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Agenda (as this service knows it)",
        description = "The agenda items and contribution deadline contributions are checked against, as "
                + "agenda-service announced them")
@APIResponse(responseCode = "401", description = "No valid bearer token")
public class AgendaReplicaResource {

    private final AgendaReplicaService replica;
    private final HttpHeaders headers;

    public AgendaReplicaResource(AgendaReplicaService replica, @Context HttpHeaders headers) {
        this.replica = replica;
        this.headers = headers;
    }

    @GET
    @Path("/contribution-deadline")
    @Authenticated
    @Operation(operationId = "getContributionDeadline", summary = "The deadline submissions are judged against",
            description = "From agenda.events: the latest ContributionDeadlineChanged for the meeting.")
    @APIResponse(responseCode = "200", description = "The deadline in UTC and in the meeting's time zone")
    @APIResponse(responseCode = "404", description = "No such meeting known to this service")
    public ContributionDeadlineView deadline(@PathParam("meetingId") String meetingId) {
        MeetingReplica meeting = replica.meeting(meetingId).orElseThrow(() -> new NotFound("Meeting", meetingId));
        return new ContributionDeadlineView(meeting.id, meeting.contributionDeadline,
                meeting.contributionDeadline.atZone(ZoneId.of(meeting.timeZone)).toString(), meeting.timeZone);
    }

    @GET
    @Path("/agenda-items")
    @Authenticated
    @Operation(operationId = "listAgendaItems", summary = "Agenda items contributions may refer to",
            description = "This service's replica of the agenda, built from agenda.events.")
    @APIResponse(responseCode = "200", description = "The items in order")
    @APIResponse(responseCode = "404", description = "No such meeting known to this service")
    public List<AgendaItemView> list(@PathParam("meetingId") String meetingId) {
        MeetingReplica meeting = replica.meeting(meetingId).orElseThrow(() -> new NotFound("Meeting", meetingId));
        String language = Languages.pick(headers.getAcceptableLanguages(), meeting.title);
        return replica.items(meetingId).stream()
                .map(i -> new AgendaItemView(i.id, i.number, Languages.text(i.title, language), i.documentReference,
                        i.outcome))
                .toList();
    }
}
