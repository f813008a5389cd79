package org.plenary.registration.delegation;

import io.quarkus.security.Authenticated;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.plenary.platform.problem.Problem;
import org.plenary.platform.security.Caller;
import org.plenary.platform.security.Roles;
import org.plenary.registration.capacity.MeetingCapacity;

import java.util.List;

@Path("/meetings/{meetingId}/capacity")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Capacity", description = "The speaker and viewer pools and the speakers a delegation may have")
@APIResponse(responseCode = "401", description = "No valid bearer token")
public class CapacityResource {

    private final CapacityService capacity;
    private final Caller caller;

    public CapacityResource(CapacityService capacity, Caller caller) {
        this.capacity = capacity;
        this.caller = caller;
    }

    @GET
    @Authenticated
    @Operation(operationId = "getCapacity", summary = "Speakers and viewers used and free, per delegation and overall",
            description = "A member state sees the totals and its own delegation; the secretariat every delegation "
                    + "(each saying whether it takes part as an observer) and the states the meeting is addressed to "
                    + "with no speaker yet.")
    @APIResponse(responseCode = "200", description = "The pools as they stand")
    @APIResponse(responseCode = "404", description = "No such meeting known to this service")
    public UsageView usage(@PathParam("meetingId") String meetingId) {
        return view(capacity.usage(meetingId));
    }

    @PUT
    @RolesAllowed(Roles.SECRETARIAT)
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "setCapacity", summary = "Set the meeting's pools (secretariat)",
            description = "Never below what is used. From then on the meeting's announced capacity no longer moves them.")
    @APIResponse(responseCode = "200", description = "The pools as set")
    @APIResponse(responseCode = "400", description = "Invalid request: each failing field and its rule")
    @APIResponse(responseCode = "403", description = "Not the secretariat")
    @APIResponse(responseCode = "404", description = "No such meeting known to this service")
    @APIResponse(responseCode = "409", description = "Below what is already used",
            content = @Content(mediaType = Problem.MEDIA_TYPE,
                    schema = @Schema(implementation = CapacityService.CapacityBelowUsage.Members.class)))
    public UsageView set(@PathParam("meetingId") String meetingId, @NotNull @Valid CapacityRequest request) {
        capacity.set(meetingId, request.toCommand(), caller.name());
        return view(capacity.usage(meetingId));
    }

    private UsageView view(CapacityService.Usage usage) {
        MeetingCapacity pools = usage.capacity();
        List<UsageView.DelegationUsage> delegations = usage.delegations().stream()
                .filter(d -> caller.actsFor(d.memberState))
                .map(d -> new UsageView.DelegationUsage(d.memberState, d.speakers, d.viewers,
                        !usage.audience().addresses(d.memberState))).toList();
        return new UsageView(pools.meetingId,
                new UsageView.Pool(pools.speakers, pools.speakersUsed, pools.speakers - pools.speakersUsed),
                new UsageView.Pool(pools.viewers, pools.viewersUsed, pools.viewers - pools.viewersUsed),
                usage.waiting(), pools.speakersPerDelegationMin, pools.speakersPerDelegationMax, delegations,
                caller.isSecretariat() ? usage.withoutSpeaker() : null);
    }
}
