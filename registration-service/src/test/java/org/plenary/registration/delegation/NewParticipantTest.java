package org.plenary.registration.delegation;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The new participant is what an Idempotency-Key's fingerprint reads: as JSON it is the request it comes from, so a
 * retry sent before a release still matches its first request after it.
 */
@QuarkusTest
class NewParticipantTest {

    @Inject
    ObjectMapper mapper;

    @Test
    void theNewParticipantIsTheRequestAsJson() throws JsonProcessingException {
        RegisterRequest speaker = new RegisterRequest("Amina Odhiambo", "amina@ken.example.org", "Councillor", "en",
                Participant.Role.SPEAKER, false);
        RegisterRequest viewer = new RegisterRequest("Amina Odhiambo", "amina@ken.example.org", null, "fr",
                Participant.Role.VIEWER, true);

        for (RegisterRequest request : List.of(speaker, viewer)) {
            assertThat(mapper.writeValueAsString(request.toCommand())).isEqualTo(mapper.writeValueAsString(request));
        }
    }
}
