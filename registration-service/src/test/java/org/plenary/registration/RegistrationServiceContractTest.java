package org.plenary.registration;

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
class RegistrationServiceContractTest {

    @Test
    void readyDocumentedAndAnsweringWithProblems() {
        ServiceContract.assertServed("Plenary registration-service");
    }

    @Test
    void tokensThatDoNotSayWhoTheyActForAreRefusedOnEveryOperation() {
        assertThat(UntrustedTokenProbe.run()).as("operations that did not refuse an untrusted token").isEmpty();
    }

    @Test
    void hostileInputOnEveryOperationIsRefusedWithAProblemAndChangesNothing() {
        String meeting = TestMeetings.meeting(300, 2000);
        String participant = TestMeetings.registered(meeting, "KEN", TestMeetings.person("Amina Odhiambo", "VIEWER"));
        HostileInputProbe probe = new HostileInputProbe(
                // The directory is shared with the other tests: the probe may rename a state it accepts a body for.
                Map.of("meetingId", meeting, "memberState", "KEN", "code", "TUV", "participantId", participant,
                        "requestId", UUID.randomUUID().toString(), "token", "not-a-join-link"),
                ServiceContract.secretariatAndAMemberState(),
                new StoredState("registration", Map.of("outbox_event", Set.of("published_at"))));

        List<String> findings = probe.run();
        assertThat(findings).as("findings of %d hostile requests", probe.requests()).isEmpty();
    }
}
