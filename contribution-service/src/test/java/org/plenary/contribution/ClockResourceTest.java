package org.plenary.contribution;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.plenary.platform.time.MovableClock;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;
import static org.plenary.contribution.TestContributions.PROBLEM;
import static org.plenary.contribution.TestContributions.as;
import static org.plenary.contribution.TestContributions.secretariat;
import static org.plenary.contribution.TestContributions.token;

/** The platform's clock endpoint, as every service serves it (settable in tests, as in the local run). */
@QuarkusTest
class ClockResourceTest {

    @Inject
    MovableClock clock;

    @Test
    void theSecretariatSetsAndAdvancesNowAndTheServiceJudgesByIt() {
        Instant before = clock.instant();
        try {
            as(secretariat()).body(Map.of("now", "2020-06-03T08:00:00Z")).when().put("/clock")
                    .then().statusCode(200).body("settable", equalTo(true));
            assertThat(clock.instant()).isBetween(Instant.parse("2020-06-03T08:00:00Z"),
                    Instant.parse("2020-06-03T08:01:00Z"));
            as(secretariat()).body(Map.of("advance", "P1D")).when().put("/clock").then().statusCode(200);
            assertThat(clock.instant()).isAfter(Instant.parse("2020-06-04T08:00:00Z"));
            as(token("KEN")).when().get("/clock").then().statusCode(200)
                    .body("now", startsWith("2020-06-04T08:0"));
        } finally {
            clock.setNow(before);
        }
    }

    @Test
    void onlyTheSecretariatMovesItAndOnlyOneWayAtATime() {
        Instant before = clock.instant();
        as(token("KEN")).body(Map.of("now", "2020-06-03T08:00:00Z")).when().put("/clock")
                .then().statusCode(403).contentType(PROBLEM);
        as(secretariat()).body(Map.of("now", "2020-06-03T08:00:00Z", "advance", "PT1H")).when().put("/clock")
                .then().statusCode(400).contentType(PROBLEM).body("errors[0].field", equalTo("oneOf"));
        as(secretariat()).body(Map.of("advance", "one day")).when().put("/clock")
                .then().statusCode(400).contentType(PROBLEM);
        assertThat(Duration.between(before, clock.instant())).isLessThan(Duration.ofMinutes(1));
    }
}
