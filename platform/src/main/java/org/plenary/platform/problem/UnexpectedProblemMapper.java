package org.plenary.platform.problem;

import io.vertx.core.http.HttpClosedException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.jboss.logging.Logger;

import java.nio.channels.ClosedChannelException;
import java.sql.SQLException;
import java.util.UUID;

/**
 * Anything unforeseen: 500 problem+json with a reference to the log line, never a stack trace to the caller. Three
 * conditions are not incidents: every database connection taken for longer than the pool's wait, and the database
 * out of reach (a connection refused or reset: it is restarting or failing over), both 503 {@code busy} with
 * Retry-After, as every operation's OpenAPI document promises, so a client's retry comes back later instead of piling
 * on; and a client that closed its connection before its request was read (nothing was done; nobody is left to
 * answer).
 */
@Provider
public class UnexpectedProblemMapper implements ExceptionMapper<Exception> {

    private static final Logger LOG = Logger.getLogger(UnexpectedProblemMapper.class);
    /** Agroal's message when no connection came free within {@code quarkus.datasource.jdbc.acquisition-timeout}. */
    private static final String NO_CONNECTION = "acquisition timeout";
    /** SQLSTATE class 08, connection exception: the database refused, reset or lost the connection. */
    private static final String CONNECTION_EXCEPTION = "08";
    static final int RETRY_AFTER_SECONDS = 1;

    @Override
    public Response toResponse(Exception exception) {
        for (Throwable cause = exception; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException && String.valueOf(cause.getMessage()).contains(NO_CONNECTION)) {
                LOG.warnf("Busy: no database connection came free in time (%s); answered 503", cause.getMessage());
                return busy("Every database connection is in use; nothing was changed.");
            }
            if (cause instanceof SQLException sql
                    && String.valueOf(sql.getSQLState()).startsWith(CONNECTION_EXCEPTION)) {
                LOG.warnf("Busy: the database cannot be reached (%s %s); answered 503", sql.getSQLState(),
                        sql.getMessage());
                return busy("The database cannot be reached just now. A creation retried with the same "
                        + "Idempotency-Key is never made twice.");
            }
            if (cause instanceof HttpClosedException || cause instanceof ClosedChannelException) {
                LOG.debugf("The client closed its connection before its request was read: %s", cause);
                return Problem.of("incomplete-request", "Request incomplete", 400,
                        "The connection closed before the request was read; nothing was changed.").toResponse();
            }
        }
        String incident = UUID.randomUUID().toString();
        LOG.errorf(exception, "Unexpected error, incident %s", incident);
        return Problem.of("internal", "Internal error", 500,
                "The request failed unexpectedly; nothing was changed. Quote incident " + incident + ".")
                .toResponse();
    }

    private static Response busy(String why) {
        return Response.fromResponse(Problem.of("busy", "Service busy", 503, why + " Retry after "
                        + RETRY_AFTER_SECONDS + " s.").toResponse())
                .header(HttpHeaders.RETRY_AFTER, RETRY_AFTER_SECONDS).build();
    }
}
