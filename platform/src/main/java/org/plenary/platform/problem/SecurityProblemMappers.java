package org.plenary.platform.problem;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * 401 and 403 as problem+json. Proactive authentication is off (shared configuration), so a missing or invalid token
 * reaches these mappers instead of ending as an empty challenge.
 */
public class SecurityProblemMappers {

    private static final String CHALLENGE = "Bearer";

    @ServerExceptionMapper
    public Response unauthenticated(UnauthorizedException exception) {
        return unauthorized("This operation needs a bearer token (JWT) in the Authorization header");
    }

    @ServerExceptionMapper
    public Response authenticationFailed(AuthenticationFailedException exception) {
        return unauthorized("The bearer token was refused: it is malformed, expired, or not signed by a trusted key");
    }

    /** A role check has no message; an object-level refusal says why (a member state acts only for itself, ...). */
    @ServerExceptionMapper
    public Response forbidden(ForbiddenException exception) {
        String reason = exception.getMessage();
        String detail = reason == null || reason.isBlank()
                ? "Your token's role does not allow this operation"
                : "Refused: " + reason;
        return Problem.of("forbidden", "Forbidden", 403, detail).toResponse();
    }

    private static Response unauthorized(String detail) {
        return Response.fromResponse(Problem.of("unauthorized", "Unauthorized", 401, detail).toResponse())
                .header(HttpHeaders.WWW_AUTHENTICATE, CHALLENGE)
                .build();
    }
}
