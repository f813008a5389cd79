package org.plenary.platform.time;

import io.quarkus.security.Authenticated;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.event.Event;
import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.plenary.platform.problem.ProblemException;
import org.plenary.platform.security.Roles;

import java.time.Duration;
import java.time.Instant;

/** "Now" as this service reads it; settable only where configuration allows (rehearsals, the local run, tests). */
@Path("/clock")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Clock",
        description = "The service's \"now\": read by anyone; set only in rehearsals, where the clock is movable")
@APIResponse(responseCode = "401", description = "No valid bearer token")
public class ClockResource {

    private final MovableClock clock;
    private final ClockConfig config;
    private final Event<ClockMoved> moved;

    public ClockResource(MovableClock clock, ClockConfig config, Event<ClockMoved> moved) {
        this.clock = clock;
        this.config = config;
        this.moved = moved;
    }

    @Schema(name = "Clock")
    public record ClockView(Instant now, boolean settable) {
    }

    @Schema(name = "SetClock", description = "Either now (an instant) or advance (an ISO 8601 duration, e.g. PT24H)")
    public record SetClockRequest(@Schema(example = "2020-06-03T08:00:00Z") Instant now,
                                  @Schema(example = "P7D") Duration advance) {

        @AssertTrue(message = "give exactly one of now and advance")
        @Schema(hidden = true)
        public boolean isOneOf() {
            return (now == null) != (advance == null);
        }
    }

    static class ClockNotSettable extends ProblemException {
        ClockNotSettable() {
            super("clock-not-settable", "The clock is not settable here", 404,
                    "This deployment reads the system clock; only a rehearsal or the local run "
                            + "(plenary.clock.settable=true) lets the secretariat move it");
        }
    }

    @GET
    @Authenticated
    @Operation(operationId = "getClock", summary = "What this service takes to be now")
    @APIResponse(responseCode = "200", description = "Now, and whether it can be moved here")
    public ClockView read() {
        return new ClockView(clock.instant(), config.settable());
    }

    @PUT
    @RolesAllowed(Roles.SECRETARIAT)
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "setClock", summary = "Move this service's now (rehearsals only)",
            description = "Sets now, or advances it by a duration; time then runs forward from there. Each service has "
                    + "its own clock: move all four to replay a meeting. Refused unless plenary.clock.settable=true.")
    @APIResponse(responseCode = "200", description = "The new now")
    @APIResponse(responseCode = "400", description = "Neither or both of now and advance")
    @APIResponse(responseCode = "403", description = "Not the secretariat")
    @APIResponse(responseCode = "404", description = "This deployment runs on the system clock")
    public ClockView set(@NotNull @Valid SetClockRequest request) {
        if (!config.settable()) {
            throw new ClockNotSettable();
        }
        if (request.now() != null) {
            clock.setNow(request.now());
        } else {
            clock.advance(request.advance());
        }
        moved.fireAsync(new ClockMoved(clock.instant()));
        return read();
    }
}
