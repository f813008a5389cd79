package org.plenary.contribution.contribution;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The draft is what an Idempotency-Key's fingerprint reads: as JSON it is the request it comes from, so a retry sent
 * before a release still matches its first request after it.
 */
@QuarkusTest
class ContributionDraftTest {

    @Inject
    ObjectMapper mapper;

    @Test
    void theDraftIsTheRequestAsJson() throws JsonProcessingException {
        Contact contact = new Contact("Jane Wanjiru", "jane@ca.go.ke");
        ContributionRequest full = new ContributionRequest(List.of("KEN", "BRA"), "Title", "C20/55", 5,
                "Comments", "Way forward", "en", contact, "Received by fax", "Lead changed");
        ContributionRequest least = new ContributionRequest(List.of("KEN"), "Title", "C20/55", null, "Comments",
                "Way forward", "en", contact, null, null);

        for (ContributionRequest request : List.of(full, least)) {
            assertThat(mapper.writeValueAsString(request.toCommand())).isEqualTo(mapper.writeValueAsString(request));
        }
    }
}
