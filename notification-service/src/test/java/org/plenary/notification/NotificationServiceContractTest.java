package org.plenary.notification;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import org.plenary.infra.quarkus.HostileInputProbe;
import org.plenary.infra.quarkus.ServiceContract;
import org.plenary.infra.quarkus.StoredState;
import org.plenary.infra.quarkus.UntrustedTokenProbe;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

@QuarkusTest
class NotificationServiceContractTest {

    @Test
    void readyDocumentedAndAnsweringWithProblems() {
        ServiceContract.assertServed("Plenary notification-service");
        // The ledger as an operator watches it.
        io.restassured.RestAssured.given().when().get("/q/metrics").then().statusCode(200)
                .body(org.hamcrest.Matchers.containsString("plenary_deliveries{status=\"DEAD\"}"))
                .body(org.hamcrest.Matchers.containsString("plenary_deliveries{status=\"SENT\"}"))
                .body(org.hamcrest.Matchers.containsString("plenary_reminders_waiting"))
                .body(org.hamcrest.Matchers.containsString("plenary_reminders_late"));
    }

    @Test
    void tokensThatDoNotSayWhoTheyActForAreRefusedOnEveryOperation() {
        assertThat(UntrustedTokenProbe.run()).as("operations that did not refuse an untrusted token").isEmpty();
    }

    @Test
    void hostileInputOnEveryOperationIsRefusedWithAProblemAndChangesNothing() {
        String meeting = TestEvents.meetingAhead();
        String state = TestEvents.state();
        TestEvents.contacts(state, "focal." + state.toLowerCase() + "@example.org", "en");
        HostileInputProbe probe = new HostileInputProbe(
                Map.of("meetingId", meeting, "memberState", state, "id", UUID.randomUUID().toString()),
                ServiceContract.secretariatAndAMemberState(),
                // The sender changes a delivery's sending state whatever the requests do; its content stays.
                new StoredState("notification", Map.of("delivery", Set.of("status", "attempts", "next_attempt_at",
                        "last_error", "sent_at", "delivered_to", "refused_recipients"))));

        List<String> findings = probe.run();
        assertThat(findings).as("findings of %d hostile requests", probe.requests()).isEmpty();
    }
}
