package org.plenary.notification.ledger;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.annotation.security.RolesAllowed;
import jakarta.transaction.Transactional;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.plenary.platform.paging.Rows;
import org.plenary.platform.problem.NotFound;
import org.plenary.platform.security.Roles;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** The delivery ledger, for the secretariat: what was sent to whom, what failed, and resending. */
@Path("/deliveries")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Delivery ledger", description = "Every email sent or to be sent, its attempts, refusals and resends")
@RolesAllowed(Roles.SECRETARIAT)
@APIResponse(responseCode = "401", description = "No valid bearer token")
@APIResponse(responseCode = "403", description = "Not the secretariat")
public class DeliveryResource {

    private final DeliveryRepository deliveries;
    private final Ledger ledger;

    public DeliveryResource(DeliveryRepository deliveries, Ledger ledger) {
        this.deliveries = deliveries;
        this.ledger = ledger;
    }

    @Schema(name = "Delivery")
    public record DeliveryView(UUID id, String kind, String meetingId, String language, List<String> to,
                               List<String> cc, List<String> missingRecipients,
                               @Schema(description = "The addresses that accepted the email so far")
                               List<String> deliveredTo,
                               @Schema(description = "Addresses the SMTP server refused for good, with its reply; "
                                       + "the others still get the email") List<RefusedRecipient> refused,
                               String subject,
                               @Schema(description = "The From, when the meeting names its sender; absent: the "
                                       + "service's configured sender") String from,
                               @Schema(description = "Where replies go: the meeting's secretariat mailbox")
                               String replyTo,
                               @Schema(description = "Files sent with the email") List<AttachedFile> attachments,
                               String status,
                               int attempts, String lastError, String messageId, Instant createdAt, Instant sentAt,
                               UUID sourceEventId, UUID resendOf, boolean late,
                               @Schema(description = "Only when reading one delivery") String text,
                               @Schema(description = "Only when reading one delivery") String html) {

        static DeliveryView of(Delivery d, boolean content) {
            return new DeliveryView(d.id, d.kind, d.meetingId, d.language, d.to, d.cc, d.missingRecipients,
                    d.deliveredTo, d.refused.stream().map(r -> new RefusedRecipient(r.address(), r.reply())).toList(),
                    d.subject, d.fromAddress, d.replyTo, d.attachments.stream()
                            .map(a -> new AttachedFile(a.fileName(), a.mediaType(), a.content().length)).toList(),
                    d.status.name(), d.attempts, d.lastError, d.messageId, d.createdAt, d.sentAt, d.sourceEventId,
                    d.resendOf, d.late, content ? d.textBody : null, content ? d.htmlBody : null);
        }
    }

    @Schema(name = "AttachedFile")
    public record AttachedFile(@Schema(example = "C20-55_KEN-BRA_contribution.docx") String fileName,
                               @Schema(example = "application/vnd.openxmlformats-officedocument.wordprocessingml"
                                       + ".document") String mediaType,
                               @Schema(description = "In bytes") int size) {
    }

    @Schema(name = "RefusedRecipient")
    public record RefusedRecipient(@Schema(example = "nobody@example.org") String address,
                                   @Schema(example = "550 5.1.1 No such mailbox") String reply) {
    }

    @Schema(name = "DeliveryPage")
    public record DeliveryPage(int page, int size, long total, List<DeliveryView> deliveries) {
    }

    @GET
    @Transactional
    @Operation(operationId = "listDeliveries", summary = "The ledger, newest first",
            description = "Filters combine: kind, status, recipient (an address in To or Cc, or a member state among "
                    + "the missing recipients), meetingId, and a creation time window (from, to).")
    @APIResponse(responseCode = "200", description = "One page with the filter's total")
    @APIResponse(responseCode = "400", description = "A filter out of range")
    public DeliveryPage list(@QueryParam("kind") String kind,
                             @QueryParam("status") @Pattern(regexp = "PENDING|SENT|FAILED|DEAD",
                                     message = "must be PENDING, SENT, FAILED or DEAD") String status,
                             @QueryParam("recipient") String recipient,
                             @QueryParam("meetingId") String meetingId,
                             @QueryParam("from") Instant from, @QueryParam("to") Instant to,
                             @QueryParam("page") @DefaultValue("0") @Min(0) int page,
                             @QueryParam("size") @DefaultValue("50") @Min(1) @Max(500) int size) {
        List<String> where = new ArrayList<>(List.of("1 = 1"));
        Parameters parameters = new Parameters();
        if (kind != null) {
            where.add("kind = :kind");
            parameters.and("kind", kind);
        }
        if (status != null) {
            where.add("status = :status");
            parameters.and("status", Delivery.Status.valueOf(status));
        }
        if (meetingId != null) {
            where.add("meetingId = :meeting");
            parameters.and("meeting", meetingId);
        }
        if (from != null) {
            where.add("createdAt >= :from");
            parameters.and("from", from);
        }
        if (to != null) {
            where.add("createdAt < :to");
            parameters.and("to", to);
        }
        List<Delivery> matching;
        long total;
        if (recipient == null) {
            PanacheQuery<Delivery> query = deliveries.find(String.join(" and ", where),
                    Sort.descending("createdAt").and("id"), parameters);
            matching = Rows.onPage(page, size, (first, last) -> query.range(first, last).list());
            total = query.count();
        } else {
            // Recipients are JSON lists: filtered here, a ledger page at a time is small enough.
            List<Delivery> all = deliveries.list(String.join(" and ", where), Sort.descending("createdAt").and("id"),
                    parameters).stream().filter(d -> d.to.contains(recipient) || d.cc.contains(recipient)
                    || d.missingRecipients.contains(recipient)).toList();
            total = all.size();
            matching = all.stream().skip((long) page * size).limit(size).toList();
        }
        return new DeliveryPage(page, size, total, matching.stream().map(d -> DeliveryView.of(d, false)).toList());
    }

    @GET
    @Path("/{id}")
    @Transactional
    @Operation(operationId = "getDelivery", summary = "One delivery with its rendered content (plain text and HTML)")
    @APIResponse(responseCode = "200", description = "The delivery")
    @APIResponse(responseCode = "404", description = "No such delivery")
    public DeliveryView read(@PathParam("id") UUID id) {
        return DeliveryView.of(deliveries.findByIdOptional(id).orElseThrow(() -> new NotFound("Delivery", id)), true);
    }

    @POST
    @Path("/{id}/resend")
    @Transactional
    @Operation(operationId = "resendDelivery", summary = "Send a delivery again",
            description = "A new row with the same content and recipients, linked to the first (resendOf).")
    @APIResponse(responseCode = "201", description = "The new delivery, pending",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = DeliveryView.class)))
    @APIResponse(responseCode = "404", description = "No such delivery")
    public Response resend(@PathParam("id") UUID id) {
        Delivery first = deliveries.findByIdOptional(id).orElseThrow(() -> new NotFound("Delivery", id));
        return Response.status(Response.Status.CREATED).entity(DeliveryView.of(ledger.resend(first), true)).build();
    }
}
