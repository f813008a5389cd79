package org.plenary.contribution.contribution;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.plenary.contribution.TestAgenda;
import org.plenary.events.Topics;
import org.plenary.events.contribution.ContributionPublished;
import org.plenary.events.contribution.ContributionRevised;
import org.plenary.events.contribution.ContributionSubmitted;
import org.plenary.events.contribution.ContributionWithdrawn;
import org.plenary.infra.Engines;
import org.plenary.infra.TopicProbe;
import org.plenary.platform.time.MovableClock;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.plenary.contribution.TestContributions.as;
import static org.plenary.contribution.TestContributions.secretariat;
import static org.plenary.contribution.TestContributions.submitted;
import static org.plenary.contribution.TestContributions.template;
import static org.plenary.contribution.TestContributions.token;
import static org.plenary.contribution.TestContributions.with;

/** Each step of a contribution's life is on contribution.events, keyed by the contribution, in order. */
@QuarkusTest
class ContributionEventsTest {

    @Inject
    MovableClock clock;

    @Inject
    ObjectMapper mapper;

    @Test
    void submittedRevisedPublishedAndWithdrawnAreAnnouncedInOrderWithWhatConsumersNeed() throws Exception {
        String meeting = TestAgenda.meeting(clock.instant().plus(Duration.ofDays(7)));
        String id = submitted(meeting, token("KEN"), template("C20/55", "KEN", "BRA"));
        String path = "/meetings/" + meeting + "/contributions/" + id;
        Map<String, Object> revised = with(template("C20/55", "KEN", "BRA", "CHN"), "title", "Joint view");
        as(token("KEN")).body(revised).when().put(path).then().statusCode(200);
        as(token("CHN")).when().delete(path + "/submitting-member-states/CHN").then().statusCode(200);
        as(secretariat()).when().post(path + "/publication").then().statusCode(200);
        as(token("KEN")).body(Map.of("reason", "Superseded by a joint African contribution")).when()
                .post(path + "/withdrawal").then().statusCode(200);

        List<ConsumerRecord<String, String>> events;
        try (TopicProbe probe = new TopicProbe(Engines.shared().kafka().bootstrapServers(), Topics.CONTRIBUTION)) {
            events = probe.readUntil(records -> records.stream().filter(r -> id.equals(r.key())).count() >= 5,
                    Duration.ofSeconds(30)).stream().filter(r -> id.equals(r.key())).toList();
        }
        List<JsonNode> envelopes = events.stream().map(r -> read(r.value())).toList();
        assertThat(envelopes).extracting(e -> e.get("type").asText()).containsExactly(ContributionSubmitted.TYPE,
                ContributionRevised.TYPE, ContributionRevised.TYPE, ContributionPublished.TYPE,
                ContributionWithdrawn.TYPE);
        assertThat(envelopes).allSatisfy(e -> {
            assertThat(e.get("source").asText()).isEqualTo("contribution-service");
            assertThat(e.get("subject").asText()).isEqualTo(id);
            assertThat(e.get("data").get("meetingId").asText()).isEqualTo(meeting);
        });

        ContributionSubmitted submitted = mapper.treeToValue(envelopes.get(0).get("data"), ContributionSubmitted.class);
        assertThat(submitted.submittingMemberStates()).containsExactly("KEN", "BRA");
        assertThat(submitted.itemNumber()).isEqualTo(5);
        assertThat(submitted.documentReference()).isEqualTo("C20/55");
        assertThat(submitted.title()).isEqualTo("Preparations for WRC-23 under the pandemic");
        assertThat(submitted.onTime()).isTrue();
        assertThat(submitted.revision()).isEqualTo(1);
        assertThat(submitted.at()).isNotNull();
        // The whole template travels, for the email to the contributions mailbox.
        assertThat(submitted.commentsOnDocument())
                .isEqualTo("We support the report and ask for a virtual preparatory meeting.");
        assertThat(submitted.proposedWayForward())
                .isEqualTo("Council notes the report and instructs the secretariat accordingly.");

        ContributionRevised second = mapper.treeToValue(envelopes.get(1).get("data"), ContributionRevised.class);
        assertThat(second.submittingMemberStates()).containsExactly("KEN", "BRA", "CHN");
        assertThat(second.title()).isEqualTo("Joint view");
        assertThat(second.revision()).isEqualTo(2);
        assertThat(second.removedMemberStates()).isEmpty();
        assertThat(second.proposedWayForward())
                .isEqualTo("Council notes the report and instructs the secretariat accordingly.");

        // CHN declined being named: the states that remain, and CHN, which its contact persons are told.
        ContributionRevised third = mapper.treeToValue(envelopes.get(2).get("data"), ContributionRevised.class);
        assertThat(third.submittingMemberStates()).containsExactly("KEN", "BRA");
        assertThat(third.removedMemberStates()).containsExactly("CHN");
        assertThat(third.revision()).isEqualTo(3);

        ContributionPublished published = mapper.treeToValue(envelopes.get(3).get("data"), ContributionPublished.class);
        assertThat(published.publicReference()).isEqualTo(meeting + "/1");
        assertThat(published.submittingMemberStates()).containsExactly("KEN", "BRA");
        assertThat(published.title()).isEqualTo("Joint view");
        assertThat(published.documentReference()).isEqualTo("C20/55");

        ContributionWithdrawn withdrawn = mapper.treeToValue(envelopes.get(4).get("data"), ContributionWithdrawn.class);
        assertThat(withdrawn.withdrawnBy()).isEqualTo("KEN");
        // Every state that submitted it, for the email that tells each of them, and what it was.
        assertThat(withdrawn.submittingMemberStates()).containsExactly("KEN", "BRA");
        assertThat(withdrawn.itemNumber()).isEqualTo(5);
        assertThat(withdrawn.documentReference()).isEqualTo("C20/55");
        assertThat(withdrawn.title()).isEqualTo("Joint view");
        assertThat(withdrawn.reason()).isEqualTo("Superseded by a joint African contribution");
    }

    private JsonNode read(String value) {
        try {
            return mapper.readTree(value);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
