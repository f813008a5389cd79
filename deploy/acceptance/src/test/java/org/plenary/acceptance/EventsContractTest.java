package org.plenary.acceptance;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The check the acceptance suite runs on every topic (EventsContract), shown failing: no engines, a second. The
 * records are built as contribution-service writes them.
 */
class EventsContractTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String CONTRIBUTION_ID = "6f1c2f0e-3b7a-4a53-9d0e-8c1f3b2a7d10";
    private static final Map<String, String> HEADERS = Map.of("content-type",
            "application/cloudevents+json; charset=UTF-8");

    private final EventsContract contract = EventsContract.load();

    @Test
    void aSubmittedContributionAsPublishedConforms() {
        assertThat(check("contribution.events", submitted())).isEmpty();
    }

    @Test
    void aMemberTheDocumentDoesNotNameIsAllowed() {
        ObjectNode event = submitted();
        ((ObjectNode) event.get("data")).put("pages", 3);
        event.put("traceparent", "00-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331-01");

        assertThat(check("contribution.events", event)).isEmpty();
    }

    @Test
    void aPayloadMissingARequiredMemberIsRefusedNamingIt() {
        ObjectNode event = submitted();
        ((ObjectNode) event.get("data")).remove("title");

        assertThat(check("contribution.events", event)).singleElement().asString()
                .contains("plenary.contribution.submitted.v1", "title");
    }

    @Test
    void aValueOutsideItsEnumerationOrFormatIsRefused() {
        ObjectNode event = submitted();
        ((ObjectNode) event.get("data")).put("language", "de").put("itemId", "item-5");

        assertThat(check("contribution.events", event)).hasSize(2)
                .anySatisfy(violation -> assertThat(violation).contains("language"))
                .anySatisfy(violation -> assertThat(violation).contains("itemId", "uuid"));
    }

    @Test
    void anEventTypeTheDocumentDoesNotHaveIsRefusedNamingIt() {
        ObjectNode event = submitted().put("type", "plenary.contribution.archived.v1");

        assertThat(check("contribution.events", event)).singleElement().asString()
                .contains("plenary.contribution.archived.v1", "contribution.events", "no message");
    }

    @Test
    void anEventOfAnotherTopicIsRefusedOnThisOne() {
        ObjectNode event = submitted().put("type", "plenary.agenda.item-removed.v1");

        assertThat(check("contribution.events", event)).anySatisfy(violation -> assertThat(violation)
                .contains("plenary.agenda.item-removed.v1", "no message"));
    }

    @Test
    void anEnvelopeWithoutItsIdOrWithAnotherKeyIsRefused() {
        ObjectNode event = submitted();
        event.remove("id");

        List<String> violations = contract.violations("contribution.events", "another-key", HEADERS,
                event.toString(), "test");

        assertThat(violations).anySatisfy(violation -> assertThat(violation).contains("envelope", "id"))
                .anySatisfy(violation -> assertThat(violation).contains("key", "subject"));
    }

    @Test
    void aDeadLetterMustSayWhy() {
        Map<String, String> headers = Map.of("content-type", "application/cloudevents+json; charset=UTF-8",
                "dead-letter-topic", "contribution.events", "dead-letter-partition", "1",
                "dead-letter-offset", "41");

        assertThat(contract.violations("contribution.events.dlq", CONTRIBUTION_ID, headers, "not json", "test"))
                .singleElement().asString().contains("dead-letter-reason");
        assertThat(contract.violations("contribution.events.dlq", CONTRIBUTION_ID,
                Map.of("dead-letter-reason", "not a CloudEvents JSON envelope", "dead-letter-topic",
                        "contribution.events", "dead-letter-partition", "1", "dead-letter-offset", "41"),
                "not json", "test")).isEmpty();
    }

    @Test
    void aTopicTheDocumentDoesNotDescribeIsRefused() {
        assertThat(contract.violations("minutes.events", "x", HEADERS, "{}", "test")).singleElement().asString()
                .contains("minutes.events");
    }

    private List<String> check(String topic, ObjectNode event) {
        return contract.violations(topic, CONTRIBUTION_ID, HEADERS, event.toString(), "test");
    }

    private static ObjectNode submitted() {
        ObjectNode event = JSON.createObjectNode()
                .put("specversion", "1.0")
                .put("id", "0b9e4c1a-58f1-4b6e-9a57-3f4c2d1e0a9b")
                .put("type", "plenary.contribution.submitted.v1")
                .put("source", "contribution-service")
                .put("subject", CONTRIBUTION_ID)
                .put("time", "2020-05-28T07:00:00.123456Z")
                .put("datacontenttype", "application/json");
        ObjectNode data = event.putObject("data")
                .put("contributionId", CONTRIBUTION_ID)
                .put("meetingId", "C20-VC")
                .put("itemId", "1d7c6b5a-4e3f-4a2b-9c1d-0e9f8a7b6c5d")
                .put("itemNumber", 5)
                .put("documentReference", "C20/55")
                .put("title", "Preparations for WRC-23 under the pandemic")
                .put("language", "en")
                .put("onTime", true)
                .put("revision", 1)
                .put("at", "2020-05-28T07:00:00Z");
        data.putArray("submittingMemberStates").add("KEN").add("BRA");
        return event;
    }
}
