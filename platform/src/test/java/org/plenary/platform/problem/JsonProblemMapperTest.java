package org.plenary.platform.problem;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** A body of the wrong shape, as a member state's engineer reads the answer: the field, and what to write there. */
class JsonProblemMapperTest {

    record Session(Map<String, String> title, LocalDate date, LocalTime start) {
    }

    record SessionRequest(Session session, UUID participantId) {
    }

    private final ObjectMapper json = new ObjectMapper().registerModule(new JavaTimeModule());

    @Test
    void anObjectExpectedIsNamedInTheApisWordsNotByTheClassThatReadsIt() {
        assertThat(errorOf("{\"title\": \"Morning\"}", Session.class))
                .isEqualTo(new Problem.FieldError("title", "type", "expected an object"));
        assertThat(errorOf("{\"session\": 3}", SessionRequest.class))
                .isEqualTo(new Problem.FieldError("session", "type", "expected an object"));
        assertThat(errorOf("[]", SessionRequest.class))
                .isEqualTo(new Problem.FieldError("request", "type", "expected an object"));
    }

    @Test
    void aTimeOrADateSaysHowToWriteIt() {
        assertThat(errorOf("{\"start\": \"25:00\"}", Session.class).message())
                .isEqualTo("expected a time of day, HH:MM from 00:00 to 23:59 (e.g. 09:30)");
        assertThat(errorOf("{\"date\": \"5 June\"}", Session.class).message())
                .isEqualTo("expected a date, YYYY-MM-DD (e.g. 2020-06-05)");
    }

    @Test
    void anIdentifierIsAUuidNotAnObject() {
        assertThat(errorOf("{\"participantId\": \"x\"}", SessionRequest.class)).isEqualTo(new Problem.FieldError(
                "participantId", "type", "expected a UUID, e.g. 3fa85f64-5717-4562-b3fc-2c963f66afa6"));
    }

    private Problem.FieldError errorOf(String body, Class<?> type) {
        JsonProcessingException refused = catchThrowableOfType(JsonProcessingException.class,
                () -> json.readValue(body, type));
        Problem problem = JsonProblemMapper.problem(refused);
        assertThat(problem.status()).isEqualTo(400);
        assertThat(problem.errors()).hasSize(1);
        assertThat(problem.detail()).isEqualTo(problem.errors().get(0).field() + ": "
                + problem.errors().get(0).message());
        return problem.errors().get(0);
    }
}
