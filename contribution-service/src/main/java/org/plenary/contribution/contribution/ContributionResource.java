package org.plenary.contribution.contribution;

import io.quarkus.security.Authenticated;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.plenary.platform.idempotency.IdempotencyKeys;
import org.plenary.platform.problem.NotFound;
import org.plenary.platform.problem.Problem;
import org.plenary.platform.security.Caller;
import org.plenary.platform.security.Roles;

import java.util.List;
import java.util.Locale;
import java.util.UUID;

@Path("/meetings/{meetingId}/contributions")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Contributions",
        description = "Member states' written contributions by the letter's template: submission, revision, "
                + "publication, withdrawal")
@APIResponse(responseCode = "401", description = "No valid bearer token")
public class ContributionResource {

    static final String REPLAYED = "Idempotent-Replayed";

    private final ContributionService contributions;
    private final Caller caller;

    public ContributionResource(ContributionService contributions, Caller caller) {
        this.contributions = contributions;
        this.caller = caller;
    }

    @POST
    @RolesAllowed({Roles.MEMBER_STATE, Roles.SECRETARIAT})
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "submitContribution", summary = "Submit a contribution",
            description = "By the letter's template. A member state must be one of the submitting states; the "
                    + "secretariat submits on behalf of any. The reference must be on the meeting's agenda, and the "
                    + "meeting's deadline (in its time zone) not passed, unless the secretariat accepts it late with "
                    + "lateAcceptanceReason. Longer than the recommended 2 pages is accepted with a warning. Send an "
                    + "Idempotency-Key: a retry with the same key and body returns the first result (header "
                    + "Idempotent-Replayed: true) and creates nothing. A meeting addressed to the ITU Council's Member "
                    + "States that admits no observers refuses a submitting state that is not one of them. Publishes "
                    + "ContributionSubmitted.")
    @APIResponse(responseCode = "201", description = "Submitted (or replayed); Location names it, ETag is its revision",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = ContributionView.class)),
            headers = {@Header(name = HttpHeaders.ETAG, ref = "ETag"),
                    @Header(name = REPLAYED, description = "true when an earlier request with this key created it",
                            schema = @Schema(type = SchemaType.BOOLEAN))})
    @APIResponse(responseCode = "400", description = "Invalid request: each failing field and its rule")
    @APIResponse(responseCode = "403", description = "A member state not among the submitting states, or a member "
            + "state giving lateAcceptanceReason, or a submitting state the meeting is not addressed to when it admits "
            + "no observers (the state, the meeting's audience, the state's category)",
            content = @Content(mediaType = Problem.MEDIA_TYPE,
                    schema = @Schema(implementation = NotAddressed.Members.class)))
    @APIResponse(responseCode = "404", description = "No such meeting known to this service")
    @APIResponse(responseCode = "422", description = "The reference is not on the agenda (the references that are "
            + "are listed), the deadline has passed (stated in the meeting's time and UTC), or the Idempotency-Key "
            + "was used for a different request",
            content = @Content(mediaType = Problem.MEDIA_TYPE,
                    schema = @Schema(anyOf = {UnknownDocumentReference.Members.class,
                            ContributionDeadlinePassed.Members.class, Problem.class})))
    public Response submit(@PathParam("meetingId") String meetingId,
                           @Parameter(description = "Makes a retry safe: any unique string, e.g. a UUID")
                           @HeaderParam(IdempotencyKeys.HEADER) String idempotencyKey,
                           @NotNull @Valid ContributionRequest request, @Context UriInfo uri) {
        ContributionService.Outcome outcome = contributions.submit(meetingId, request.toCommand(), caller,
                idempotencyKey);
        Contribution contribution = outcome.contribution();
        return Response.created(uri.getAbsolutePathBuilder().path(contribution.id.toString()).build())
                .tag(etag(contribution))
                .header(REPLAYED, !outcome.created())
                .entity(view(contribution, outcome.lateReasonIgnored()))
                .build();
    }

    @GET
    @Authenticated
    @Operation(operationId = "listContributions", summary = "List contributions",
            description = "A member state sees its own contributions in every status and others' once published; "
                    + "the secretariat sees all. Filters combine; pages start at 0. The texts are left out: read one "
                    + "contribution for them.")
    @APIResponse(responseCode = "200", description = "One page, oldest submission first, with the filter's total")
    @APIResponse(responseCode = "400", description = "A filter or paging parameter out of range")
    @APIResponse(responseCode = "404", description = "No such meeting known to this service")
    public ContributionPage list(@PathParam("meetingId") String meetingId,
                                 @QueryParam("itemNumber") @Positive Integer itemNumber,
                                 @QueryParam("memberState") @Pattern(regexp = "[A-Za-z]{3}",
                                         message = "must be an ISO 3166-1 alpha-3 code") String memberState,
                                 @QueryParam("status") @Pattern(regexp = "SUBMITTED|PUBLISHED|WITHDRAWN",
                                         message = "must be SUBMITTED, PUBLISHED or WITHDRAWN") String status,
                                 @QueryParam("page") @DefaultValue("0") @Min(0) int page,
                                 @QueryParam("size") @DefaultValue("50") @Min(1) @Max(200) int size) {
        ContributionRepository.Filter filter = new ContributionRepository.Filter(itemNumber,
                memberState == null ? null : memberState.toUpperCase(Locale.ROOT),
                status == null ? null : Contribution.Status.valueOf(status));
        ContributionService.Listing listing = contributions.list(meetingId, filter, page, size, caller);
        List<ContributionView> views = listing.contributions().stream()
                .map(ContributionView::summary).toList();
        return new ContributionPage(page, size, listing.total(), views);
    }

    @GET
    @Path("/{contributionId}")
    @Authenticated
    @Operation(operationId = "getContribution", summary = "Read one contribution, its latest revision",
            description = "Another member state's contribution is refused until it is published.")
    @APIResponse(responseCode = "200", description = "The contribution; ETag is its revision",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = ContributionView.class)))
    @APIResponse(responseCode = "403", description = "Another state's unpublished contribution")
    @APIResponse(responseCode = "404", description = "No such contribution in this meeting")
    public Response read(@PathParam("meetingId") String meetingId, @PathParam("contributionId") UUID contributionId) {
        Contribution contribution = contributions.find(meetingId, contributionId, caller)
                .orElseThrow(() -> new NotFound("Contribution", contributionId));
        return Response.ok(view(contribution, false)).tag(etag(contribution)).build();
    }

    @PUT
    @Path("/{contributionId}")
    @RolesAllowed({Roles.MEMBER_STATE, Roles.SECRETARIAT})
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "reviseContribution", summary = "Revise a contribution",
            description = "The whole template again, by a submitting state or the secretariat, while the "
                    + "contribution is submitted (not published) and before the deadline (the secretariat: after it, "
                    + "with lateAcceptanceReason). The lead (first) state is fixed: only the secretariat changes it, "
                    + "with changeReason; only the lead and the secretariat add or remove co-submitters; a "
                    + "co-submitter may only take itself off (DELETE …/submitting-member-states/{own}). Every revision is kept. The same content again makes "
                    + "no new revision. If-Match with the revision read refuses a revision made in between. Publishes "
                    + "ContributionRevised.")
    @APIResponse(responseCode = "200", description = "The contribution as revised; ETag is its new revision",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = ContributionView.class)),
            headers = @Header(name = HttpHeaders.ETAG, ref = "ETag"))
    @APIResponse(responseCode = "400", description = "Invalid request: each failing field and its rule")
    @APIResponse(responseCode = "403", description = "Not a submitting state; or another state's unpublished one; or "
            + "a state added to the submitting states that the meeting is not addressed to when it admits no observers",
            content = @Content(mediaType = Problem.MEDIA_TYPE,
                    schema = @Schema(implementation = NotAddressed.Members.class)))
    @APIResponse(responseCode = "404", description = "No such contribution in this meeting")
    @APIResponse(responseCode = "409", description = "Published or withdrawn: no longer revisable",
            content = @Content(mediaType = Problem.MEDIA_TYPE,
                    schema = @Schema(implementation = ContributionStatusConflict.Members.class)))
    @APIResponse(responseCode = "412", description = "If-Match names a revision that is no longer the latest",
            content = @Content(mediaType = Problem.MEDIA_TYPE,
                    schema = @Schema(implementation = RevisionMismatch.Members.class)))
    @APIResponse(responseCode = "422", description = "The reference is not on the agenda, or the deadline has passed",
            content = @Content(mediaType = Problem.MEDIA_TYPE,
                    schema = @Schema(anyOf = {UnknownDocumentReference.Members.class,
                            ContributionDeadlinePassed.Members.class})))
    public Response revise(@PathParam("meetingId") String meetingId, @PathParam("contributionId") UUID contributionId,
                           @Parameter(description = "The ETag of the revision read: refused with 412 if another "
                                   + "revision was made since")
                           @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                           @NotNull @Valid ContributionRequest request) {
        ContributionService.Outcome outcome = contributions.revise(meetingId, contributionId, request.toCommand(),
                caller, ifMatch);
        return Response.ok(view(outcome.contribution(), outcome.lateReasonIgnored()))
                .tag(etag(outcome.contribution())).build();
    }

    @DELETE
    @Path("/{contributionId}/submitting-member-states/{memberState}")
    @RolesAllowed({Roles.MEMBER_STATE, Roles.SECRETARIAT})
    @Operation(operationId = "removeSubmittingMemberState",
            summary = "Take a state off a contribution's submitting states",
            description = "A co-submitter declines being named (it takes itself off), or the lead or the "
                    + "secretariat removes a co-submitter; the lead cannot be taken off (the secretariat changes the "
                    + "lead by revising with changeReason). While the contribution is submitted, also after the "
                    + "deadline. A new revision: publishes ContributionRevised, emailed to the states that remain "
                    + "and to the one taken off.")
    @APIResponse(responseCode = "200", description = "The contribution as revised; ETag is its new revision",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = ContributionView.class)),
            headers = @Header(name = HttpHeaders.ETAG, ref = "ETag"))
    @APIResponse(responseCode = "403", description = "Not that state, the lead or the secretariat; or the lead itself")
    @APIResponse(responseCode = "404", description = "No such contribution, or the state is not among its submitters")
    @APIResponse(responseCode = "409", description = "Published or withdrawn: its submitters no longer change",
            content = @Content(mediaType = Problem.MEDIA_TYPE,
                    schema = @Schema(implementation = ContributionStatusConflict.Members.class)))
    public Response removeSubmittingState(@PathParam("meetingId") String meetingId,
                                          @PathParam("contributionId") UUID contributionId,
                                          @PathParam("memberState") String memberState) {
        Contribution contribution = contributions.removeSubmittingState(meetingId, contributionId, memberState, caller);
        return Response.ok(view(contribution, false)).tag(etag(contribution)).build();
    }

    @GET
    @Path("/{contributionId}/revisions")
    @Authenticated
    @Operation(operationId = "listContributionRevisions", summary = "Every revision of a contribution, oldest first",
            description = "For the submitting states and the secretariat.")
    @APIResponse(responseCode = "200", description = "Revision 1 is the submission")
    @APIResponse(responseCode = "403", description = "Not a submitting state")
    @APIResponse(responseCode = "404", description = "No such contribution in this meeting")
    public List<RevisionView> revisions(@PathParam("meetingId") String meetingId,
                                        @PathParam("contributionId") UUID contributionId) {
        return contributions.history(meetingId, contributionId, caller).stream().map(RevisionView::of).toList();
    }

    @POST
    @Path("/{contributionId}/publication")
    @RolesAllowed(Roles.SECRETARIAT)
    @Operation(operationId = "publishContribution", summary = "Publish a contribution (secretariat)",
            description = "It gets its public reference (<meeting>/<n>, numbered in order of publication) and every "
                    + "member state may read it. Publishes ContributionPublished.")
    @APIResponse(responseCode = "200", description = "Published",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = ContributionView.class)),
            headers = @Header(name = HttpHeaders.ETAG, ref = "ETag"))
    @APIResponse(responseCode = "403", description = "Not the secretariat")
    @APIResponse(responseCode = "404", description = "No such contribution in this meeting")
    @APIResponse(responseCode = "409", description = "Already published, or withdrawn",
            content = @Content(mediaType = Problem.MEDIA_TYPE,
                    schema = @Schema(implementation = ContributionStatusConflict.Members.class)))
    public Response publish(@PathParam("meetingId") String meetingId,
                            @PathParam("contributionId") UUID contributionId) {
        Contribution contribution = contributions.publish(meetingId, contributionId, caller);
        return Response.ok(view(contribution, false)).tag(etag(contribution)).build();
    }

    @POST
    @Path("/{contributionId}/withdrawal")
    @RolesAllowed({Roles.MEMBER_STATE, Roles.SECRETARIAT})
    @Operation(operationId = "withdrawContribution", summary = "Withdraw a contribution",
            description = "By the lead submitting state or the secretariat, submitted or published (a co-submitter "
                    + "takes itself off instead); the body (a reason) is optional. It stays readable as WITHDRAWN. "
                    + "Publishes ContributionWithdrawn; every submitting state's contact persons are told by email, "
                    + "with the reason.")
    @APIResponse(responseCode = "200", description = "Withdrawn",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = ContributionView.class)),
            headers = @Header(name = HttpHeaders.ETAG, ref = "ETag"))
    @APIResponse(responseCode = "403", description = "Not the lead submitting state; or another state's unpublished one")
    @APIResponse(responseCode = "404", description = "No such contribution in this meeting")
    @APIResponse(responseCode = "409", description = "Already withdrawn",
            content = @Content(mediaType = Problem.MEDIA_TYPE,
                    schema = @Schema(implementation = ContributionStatusConflict.Members.class)))
    @Consumes(MediaType.APPLICATION_JSON)
    public Response withdraw(@PathParam("meetingId") String meetingId,
                             @PathParam("contributionId") UUID contributionId, @Valid WithdrawRequest request) {
        Contribution contribution = contributions.withdraw(meetingId, contributionId,
                request == null ? null : request.reason(), caller);
        return Response.ok(view(contribution, false)).tag(etag(contribution)).build();
    }

    /** The same without a body (no reason): a bare POST has no Content-Type to read a body by. */
    @POST
    @Path("/{contributionId}/withdrawal")
    @RolesAllowed({Roles.MEMBER_STATE, Roles.SECRETARIAT})
    @Consumes(MediaType.WILDCARD)
    @Operation(hidden = true)
    public Response withdrawWithoutReason(@PathParam("meetingId") String meetingId,
                                          @PathParam("contributionId") UUID contributionId) {
        return withdraw(meetingId, contributionId, null);
    }

    private ContributionView view(Contribution contribution, boolean lateReasonIgnored) {
        boolean showContact = caller.isSecretariat() || contribution.submittedBy(caller.memberState().orElse(null));
        return ContributionView.full(contribution, showContact,
                lateReasonIgnored ? List.of(ContributionView.WarningView.LATE_ACCEPTANCE_NOT_NEEDED) : List.of());
    }

    private static EntityTag etag(Contribution contribution) {
        return new EntityTag(ContributionTag.of(contribution));
    }
}
