package org.plenary.bench.bare;

import io.quarkus.security.ForbiddenException;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.jwt.JsonWebToken;

import java.time.Instant;
import java.util.UUID;

/**
 * registration-service's "register a participant" with nothing behind it: the same path, the same bearer-token
 * roles, the same Bean Validation rules on the same request, the same 201 with a Location and the same JSON — but no
 * transaction, no capacity lock, no outbox. What the framework costs, against which the real endpoint is measured.
 */
@Path("/meetings/{meetingId}/delegations/{memberState}/participants")
@Produces(MediaType.APPLICATION_JSON)
public class BareRegistrationResource {

    private final JsonWebToken token;

    public BareRegistrationResource(JsonWebToken token) {
        this.token = token;
    }

    public enum Role { SPEAKER, VIEWER }

    public record RegisterRequest(
            @NotBlank @Size(max = 200) String name,
            @NotBlank @Email @Size(max = 254) String email,
            @Size(max = 200) String function,
            @NotNull @Pattern(regexp = "ar|zh|en|fr|ru|es") String language,
            @NotNull Role role,
            boolean waitIfFull) {
    }

    public record ParticipantView(UUID id, String meetingId, String memberState, String name, String email,
                                  String function, String language, String role, String status, String joinLink,
                                  Instant registeredAt) {
    }

    @POST
    @RolesAllowed({"member-state", "secretariat"})
    @Consumes(MediaType.APPLICATION_JSON)
    public Response register(@PathParam("meetingId") String meetingId, @PathParam("memberState") String memberState,
                             @NotNull @Valid RegisterRequest request, @Context UriInfo uri) {
        if (!token.getGroups().contains("secretariat") && !memberState.equals(token.getClaim("member_state"))) {
            throw new ForbiddenException("Another member state's delegation");
        }
        UUID id = UUID.randomUUID();
        ParticipantView view = new ParticipantView(id, meetingId, memberState, request.name(), request.email(),
                request.function(), request.language(), request.role().name(), "ACTIVE",
                uri.getBaseUri().resolve("/join/" + UUID.randomUUID()).toString(), Instant.now());
        return Response.created(uri.getAbsolutePathBuilder().path(id.toString()).build()).entity(view).build();
    }
}
