package org.plenary.dashboard.calendar;

import io.quarkus.oidc.client.OidcClient;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Response;
import org.plenary.dashboard.services.ServiceAddresses;
import org.plenary.dashboard.services.Services;

import java.time.Duration;

/**
 * The time plan as iCalendar for calendar applications, which subscribe to an address and send no credentials: the
 * key in the address is checked ({@link CalendarLinks}), then the dashboard reads the plan from agenda-service with
 * its own token, obtained from the identity provider by the client-credentials grant.
 */
@Path("/calendar/{meetingId}/{key}/time-plan.ics")
public class CalendarFeed {

    private final CalendarLinks links;
    private final OidcClient identityProvider;
    private final ServiceAddresses addresses;

    @Inject
    public CalendarFeed(CalendarLinks links, OidcClient identityProvider, ServiceAddresses addresses) {
        this.links = links;
        this.identityProvider = identityProvider;
        this.addresses = addresses;
    }

    @GET
    public Response calendar(@PathParam("meetingId") String meetingId, @PathParam("key") String key)
            throws Exception {
        if (!links.accepts(meetingId, key)) {
            return Response.status(Response.Status.NOT_FOUND).build();
        }
        String token;
        try {
            token = identityProvider.getTokens().await().atMost(Duration.ofSeconds(10)).getAccessToken();
        } catch (RuntimeException unavailable) {
            return Response.status(Response.Status.BAD_GATEWAY).type("text/plain")
                    .entity("The identity provider did not give the dashboard a token; try again later.").build();
        }
        String calendar = new Services(addresses, token).timePlan().getTimePlanCalendar(meetingId, null, null);
        return Response.ok(calendar, "text/calendar; charset=UTF-8")
                .header("Content-Disposition", "inline; filename=\"" + meetingId + "-time-plan.ics\"")
                .header("Cache-Control", "private, max-age=300").build();
    }
}
