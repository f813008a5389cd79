package org.plenary.platform.problem;

import io.vertx.core.http.HttpClosedException;
import jakarta.persistence.PersistenceException;
import jakarta.ws.rs.core.Response;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.sql.SQLException;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** What a caller gets when the service is busy, gone wrong, or left by its client. */
class UnexpectedProblemMapperTest {

    private final UnexpectedProblemMapper mapper = new UnexpectedProblemMapper();

    @Test
    void noDatabaseConnectionInTimeIsA503WithRetryAfterNotAnIncident() {
        // As Hibernate reports Agroal's pool exhausted under overload.
        assertBusy(mapper.toResponse(new PersistenceException("Unable to acquire JDBC Connection",
                new RuntimeException("wrapped", new SQLException("Sorry, acquisition timeout!")))),
                "nothing was changed");
    }

    @Test
    void aDatabaseOutOfReachIsA503WithRetryAfterNotAnIncident() {
        // As Hibernate reports PostgreSQL's JDBC driver: a new connection refused, an open one reset.
        for (SQLException unreachable : List.of(
                new SQLException("Connection to 127.0.0.1:15432 refused.", "08001"),
                new SQLException("An I/O error occurred while sending to the backend.", "08006"))) {
            assertBusy(mapper.toResponse(new PersistenceException("Unable to acquire JDBC Connection", unreachable)),
                    "cannot be reached");
        }
    }

    /** 503 problem+json {@code busy} with Retry-After, saying why, and no incident to quote. */
    private static void assertBusy(Response response, String why) {
        assertThat(response.getStatus()).isEqualTo(503);
        assertThat(response.getHeaderString("Retry-After")).isEqualTo("1");
        assertThat(response.getMediaType()).isEqualTo(Problem.PROBLEM_JSON);
        Problem problem = (Problem) response.getEntity();
        assertThat(problem.type()).isEqualTo("urn:plenary:problem:busy");
        assertThat(problem.detail()).contains(why).doesNotContain("incident");
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
