package org.plenary.contribution;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import org.plenary.infra.quarkus.HostileInputProbe;
import org.plenary.infra.quarkus.ServiceContract;
import org.plenary.infra.quarkus.StoredState;
import org.plenary.infra.quarkus.UntrustedTokenProbe;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

@QuarkusTest
class ContributionServiceContractTest {

    @Test
    void readyDocumentedAndAnsweringWithProblems() {
        ServiceContract.assertServed("Plenary contribution-service");
    }

    @Test
    void tokensThatDoNotSayWhoTheyActForAreRefusedOnEveryOperation() {
        assertThat(UntrustedTokenProbe.run()).as("operations that did not refuse an untrusted token").isEmpty();
    }

    @Test
    void hostileInputOnEveryOperationIsRefusedWithAProblemAndChangesNothing() {
        String meeting = TestAgenda.meeting(Instant.parse("2030-06-02T22:00:00Z"));
        HostileInputProbe probe = new HostileInputProbe(
                Map.of("meetingId", meeting, "contributionId", UUID.randomUUID().toString(), "memberState", "KEN"),
                ServiceContract.secretariatAndAMemberState(),
                new StoredState("contribution", Map.of("outbox_event", Set.of("published_at"))));

        List<String> findings = probe.run();
        assertThat(findings).as("findings of %d hostile requests", probe.requests()).isEmpty();
    }
}
