package org.plenary.platform.problem;

import io.vertx.core.http.HttpClosedException;
import jakarta.persistence.PersistenceException;
import jakarta.ws.rs.core.Response;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.sql.SQLException;

import static org.assertj.core.api.Assertions.assertThat;

/** What a caller gets when the service is busy, gone wrong, or left by its client. */
class UnexpectedProblemMapperTest {

    private final UnexpectedProblemMapper mapper = new UnexpectedProblemMapper();

    @Test
    void noDatabaseConnectionInTimeIsA503WithRetryAfterNotAnIncident() {
        // As Hibernate reports Agroal's pool exhausted under overload.
        Response response = mapper.toResponse(new PersistenceException("Unable to acquire JDBC Connection",
                new RuntimeException("wrapped", new SQLException("Sorry, acquisition timeout!"))));

        assertThat(response.getStatus()).isEqualTo(503);
        assertThat(response.getHeaderString("Retry-After")).isEqualTo("1");
        assertThat(response.getMediaType()).isEqualTo(Problem.PROBLEM_JSON);
        Problem problem = (Problem) response.getEntity();
        assertThat(problem.type()).isEqualTo("urn:plenary:problem:busy");
        assertThat(problem.detail()).contains("nothing was changed").doesNotContain("incident");
    }

    @Test
    void aClientGoneBeforeItsBodyWasReadIsNotAnIncident() {
        Response response = mapper.toResponse(new IOException(new IOException(new HttpClosedException("closed"))));

        assertThat(response.getStatus()).isEqualTo(400);
        assertThat(((Problem) response.getEntity()).type()).isEqualTo("urn:plenary:problem:incomplete-request");
    }

    @Test
    void anythingElseIsA500WithAnIncidentToQuote() {
        Response response = mapper.toResponse(new IllegalStateException("a bug",
                new SQLException("relation \"participant\" does not exist")));

        assertThat(response.getStatus()).isEqualTo(500);
        assertThat(response.getHeaderString("Retry-After")).isNull();
        assertThat(((Problem) response.getEntity()).detail()).contains("Quote incident ");
    }
}
