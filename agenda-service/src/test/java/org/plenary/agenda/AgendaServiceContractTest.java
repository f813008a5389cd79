package org.plenary.agenda;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;
import org.plenary.infra.Engines;
import org.plenary.infra.quarkus.HostileInputProbe;
import org.plenary.infra.quarkus.ServiceContract;
import org.plenary.infra.quarkus.StoredState;
import org.plenary.infra.quarkus.UntrustedTokenProbe;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

@QuarkusTest
class AgendaServiceContractTest {

    @Test
    void readyDocumentedAndAnsweringWithProblems() {
        ServiceContract.assertServed("Plenary agenda-service");
    }

    @Test
    void tokensThatDoNotSayWhoTheyActForAreRefusedOnEveryOperation() {
        assertThat(UntrustedTokenProbe.run()).as("operations that did not refuse an untrusted token").isEmpty();
    }

    @Test
    void hostileInputOnEveryOperationIsRefusedWithAProblemAndChangesNothing() {
        String meeting = TestMeetings.create("H");
        given().auth().oauth2(Engines.shared().tokens().secretariat()).contentType(ContentType.JSON)
                .body("{\"number\": 1, \"title\": {\"en\": \"Opening\"}, \"documentReference\": \"C20/1\", "
                        + "\"outcome\": \"NONE\"}")
                .post("/meetings/" + meeting + "/agenda/items").then().statusCode(201);
        HostileInputProbe probe = new HostileInputProbe(
                Map.of("meetingId", meeting, "number", "1", "proposalId", UUID.randomUUID().toString(),
                        "sessionId", UUID.randomUUID().toString()),
                ServiceContract.secretariatAndAMemberState(),
                new StoredState("agenda", Map.of("outbox_event", Set.of("published_at"))));

        List<String> findings = probe.run();
        assertThat(findings).as("findings of %d hostile requests", probe.requests()).isEmpty();
    }
}
