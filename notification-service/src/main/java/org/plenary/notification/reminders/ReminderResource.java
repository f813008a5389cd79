package org.plenary.notification.reminders;

import io.quarkus.security.Authenticated;
import jakarta.annotation.security.RolesAllowed;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.plenary.notification.agenda.MeetingReplica;
import org.plenary.notification.agenda.MeetingReplicaRepository;
import org.plenary.notification.ledger.Delivery;
import org.plenary.notification.ledger.DeliveryRepository;
import org.plenary.platform.problem.InvalidField;
import org.plenary.platform.problem.NotFound;
import org.plenary.platform.security.Caller;
import org.plenary.platform.security.Roles;
import org.plenary.platform.text.SingleLine;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

@Path("/meetings/{meetingId}/reminders")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Reminders",
        description = "Deadline reminders to every member state: the schedule and its offsets before the deadline")
@APIResponse(responseCode = "401", description = "No valid bearer token")
public class ReminderResource {

    private final ReminderPlanner planner;
    private final MeetingReplicaRepository meetings;
    private final DeliveryRepository deliveries;
    private final Clock clock;
    private final Caller caller;

    public ReminderResource(ReminderPlanner planner, MeetingReplicaRepository meetings, DeliveryRepository deliveries,
                            Clock clock, Caller caller) {
        this.planner = planner;
        this.meetings = meetings;
        this.deliveries = deliveries;
        this.clock = clock;
        this.caller = caller;
    }

    @Schema(name = "Reminder")
    public record ReminderView(String kind, String offset, Instant dueAt,
                               @Schema(enumeration = {"PLANNED", "DUE", "RECORDED", "SKIPPED", "SUPERSEDED", "EXPIRED"}) String state,
                               @Schema(description = "The states it goes to (contribution reminders: every state the "
                                       + "meeting is addressed to with contact persons; speaker reminders: those "
                                       + "without a speaker now)")
                               List<String> states,
                               @Schema(description = "Emails recorded for it in the ledger, by status")
                               Map<String, Long> deliveries) {
    }

    @Schema(name = "ReminderOffsets")
    public record OffsetsRequest(@NotNull @Size(min = 0, max = 10)
                                 @Schema(description = "ISO 8601 durations before the deadline",
                                         example = "[\"P7D\", \"P2D\", \"PT24H\"]") List<@SingleLine String> offsets) {
    }

    @GET
    @Authenticated
    @Transactional
    @Operation(operationId = "listReminders", summary = "The meeting's reminder schedule: what will go, when, to whom",
            description = "Computed from the deadlines the service holds now: an extension moves every pending "
                    + "reminder. SKIPPED: due before the deadline took its current value; SUPERSEDED: missed (the "
                    + "service was down) while a later one of its kind is due, which goes instead; EXPIRED: its "
                    + "deadline passed before it went. A member state sees only itself among a reminder's states "
                    + "and no delivery counts: which states have named no speaker is the secretariat's to know.")
    @APIResponse(responseCode = "200", description = "Contribution-deadline reminders, then speaker-designation ones")
    @APIResponse(responseCode = "404", description = "No such meeting known to this service")
    public List<ReminderView> schedule(@PathParam("meetingId") String meetingId) {
        MeetingReplica meeting = meetings.findByIdOptional(meetingId)
                .orElseThrow(() -> new NotFound("Meeting", meetingId));
        Instant now = clock.instant();
        List<Delivery> recorded = deliveries.list("meetingId = ?1 and reminderKey is not null", meetingId);
        List<Reminder> schedule = planner.schedule(meeting);
        List<Reminder> latestDue = ReminderPlanner.latestDue(meeting, schedule, now);
        return schedule.stream().map(r -> {
            Map<String, Long> byStatus = recorded.stream().filter(d -> d.reminderKey.startsWith(r.key() + "|"))
                    .collect(Collectors.groupingBy(d -> d.status.name(), Collectors.counting()));
            String state = !byStatus.isEmpty() ? "RECORDED"
                    : r.dueAt().isBefore(ReminderPlanner.deadlineKnownSince(meeting, r)) ? "SKIPPED"
                    : !now.isBefore(r.before()) ? "EXPIRED"
                    : now.isBefore(r.dueAt()) ? "PLANNED"
                    : latestDue.contains(r) ? "DUE" : "SUPERSEDED";
            return caller.isSecretariat()
                    ? new ReminderView(r.kind(), Reminder.iso(r.offset()), r.dueAt(), state, r.states(), byStatus)
                    : new ReminderView(r.kind(), Reminder.iso(r.offset()), r.dueAt(), state,
                            r.states().stream().filter(caller::actsFor).toList(), Map.of());
        }).toList();
    }

    @PUT
    @Path("/offsets")
    @RolesAllowed(Roles.SECRETARIAT)
    @Consumes(MediaType.APPLICATION_JSON)
    @Transactional
    @Operation(operationId = "setReminderOffsets",
            summary = "Set the contribution-deadline reminder offsets for this meeting (secretariat)")
    @APIResponse(responseCode = "200", description = "The schedule with the new offsets")
    @APIResponse(responseCode = "400", description = "Not ISO 8601 durations between 1 hour and 60 days")
    @APIResponse(responseCode = "403", description = "Not the secretariat")
    @APIResponse(responseCode = "404", description = "No such meeting known to this service")
    public List<ReminderView> setOffsets(@PathParam("meetingId") String meetingId,
                                         @NotNull @Valid OffsetsRequest request) {
        MeetingReplica meeting = meetings.findByIdOptional(meetingId)
                .orElseThrow(() -> new NotFound("Meeting", meetingId));
        for (int i = 0; i < request.offsets().size(); i++) {
            Duration offset;
            try {
                offset = Duration.parse(request.offsets().get(i));
            } catch (DateTimeParseException | NullPointerException e) {
                throw new InvalidField("offsets[" + i + "]", "ISO8601Duration", "must be a duration such as P7D or PT24H");
            }
            if (offset.compareTo(Duration.ofHours(1)) < 0 || offset.compareTo(Duration.ofDays(60)) > 0) {
                throw new InvalidField("offsets[" + i + "]", "Range", "must be between 1 hour and 60 days");
            }
        }
        meeting.reminderOffsets = request.offsets().stream().map(o -> Reminder.iso(Duration.parse(o))).toList();
        return schedule(meetingId);
    }
}
