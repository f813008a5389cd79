package org.plenary.platform.problem;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.jboss.logging.Logger;

import java.util.UUID;

/** Anything unforeseen: 500 problem+json with a reference to the log line, never a stack trace to the caller. */
@Provider
public class UnexpectedProblemMapper implements ExceptionMapper<Exception> {

    private static final Logger LOG = Logger.getLogger(UnexpectedProblemMapper.class);

    @Override
    public Response toResponse(Exception exception) {
        String incident = UUID.randomUUID().toString();
        LOG.errorf(exception, "Unexpected error, incident %s", incident);
        return Problem.of("internal", "Internal error", 500,
                "The request failed unexpectedly; nothing was changed. Quote incident " + incident + ".")
                .toResponse();
    }
}
