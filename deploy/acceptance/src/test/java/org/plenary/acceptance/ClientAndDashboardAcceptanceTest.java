package org.plenary.acceptance;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.parallel.ResourceLock;
import org.plenary.client.agenda.api.AgendaApi;
import org.plenary.client.agenda.api.ProposalsApi;
import org.plenary.client.agenda.model.Agenda;
import org.plenary.client.agenda.model.Kind;
import org.plenary.client.agenda.model.Proposal;
import org.plenary.client.agenda.model.RecordProposal;
import org.plenary.client.contribution.api.ContributionsApi;
import org.plenary.client.contribution.model.Contact;
import org.plenary.client.contribution.model.Contribution;
import org.plenary.client.contribution.model.ContributionRequest;
import org.plenary.client.contribution.model.RevisionMismatchProblem;
import org.plenary.client.registration.api.AdditionalSpeakersApi;
import org.plenary.client.registration.api.DelegationsApi;
import org.plenary.client.registration.model.AdditionalSpeakerRequest;
import org.plenary.client.registration.model.Participant;
import org.plenary.client.registration.model.PlaceUnavailableProblem;
import org.plenary.client.registration.model.RegisterParticipant;
import org.plenary.client.registration.model.RequestAdditionalSpeaker;
import org.plenary.client.registration.model.Role;

import java.net.http.HttpRequest;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.function.Consumer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * The two sides of the consultation over the system as {@code ./plenary-local} runs it, the dashboard included.
 * First a member state's IT system as it would be written: China does its whole part of the 2020 consultation only
 * through the Java client generated at build time from the committed OpenAPI documents (clients/java). No
 * hand-written HTTP call: if the documents stopped generating a usable client (an untyped answer, a missing header
 * parameter, an undocumented problem), this test would not compile or would fail. Then the secretariat answers it in
 * the dashboard, in a real browser ({@link SecretariatInTheDashboard}).
 */
@ResourceLock(LocalRun.ON_ITS_PORTS)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ClientAndDashboardAcceptanceTest {

    private static final String MEETING = "C20-VC";

    private LocalRun run;
    private JsonNode seed;

    @BeforeAll
    void startTheSystem() throws Exception {
        seed = new ObjectMapper().readTree(LocalRun.ROOT
                .resolve("agenda-service/src/main/resources/seed/council-2020-virtual-consultation.json").toFile());
        run = LocalRun.startAlone(Path.of("target/acceptance-client/.plenary").toAbsolutePath());
    }

    @AfterAll
    void stopTheSystem() {
        if (run != null) {
            run.close();
        }
    }

    @Test
    @Order(1)
    void chinaDoesItsPartOfTheConsultationThroughTheGeneratedClient() throws Exception {
        Consumer<HttpRequest.Builder> china = bearer(run.token("CHN"));

        // The agenda in Chinese, typed.
        AgendaApi agenda = new AgendaApi(agenda(china));
        var read = agenda.getAgendaWithHttpInfo(MEETING, "zh", null);
        Agenda draft = read.getData();
        assertThat(draft.getItems()).hasSize(seed.path("agendaItems").size());
        assertThat(draft.getItems().get(0).getTitle()).isEqualTo(seed.at("/agendaItems/0/title/zh").asText());

        // A proposal on item 30.
        Proposal proposal = new ProposalsApi(agenda(china))
                .recordProposal(MEETING, new RecordProposal().kind(Kind.MOVE_TO_PHYSICAL_MEETING).itemNumber(30));
        assertThat(proposal.getMemberState()).isEqualTo("CHN");

        // A joint contribution with Russia, sent twice with the same Idempotency-Key: one contribution.
        ContributionsApi contributions = new ContributionsApi(contribution(china));
        ContributionRequest joint = new ContributionRequest().submittingMemberStates(List.of("CHN", "RUS"))
                .title("信息通信技术在抗击疫情中的作用").documentReference("C20/55")
                .commentsOnDocument("中国和俄罗斯支持该报告。").proposedWayForward("理事会注意到该报告。")
                .language("zh").contact(new Contact().name("Li Wei").email("li.wei@chn.example.org"));
        var submitted = contributions.submitContributionWithHttpInfo(MEETING, joint, "chn-c20-55-1");
        var retried = contributions.submitContributionWithHttpInfo(MEETING, joint, "chn-c20-55-1");
        Contribution contribution = submitted.getData();
        assertThat(submitted.getStatusCode()).isEqualTo(201);
        assertThat(retried.getData().getId()).isEqualTo(contribution.getId());
        assertThat(retried.getHeaders().get("idempotent-replayed")).containsExactly("true");
        assertThat(contribution.getSubmittingMemberStates()).containsExactly("CHN", "RUS");

        // Revised with If-Match on the revision read; a second revision on the same, stale one is refused, typed.
        String revision = submitted.getHeaders().get("etag").get(0);
        UUID id = contribution.getId();
        Contribution revised = contributions.reviseContribution(id, MEETING,
                joint.proposedWayForward("理事会注意到该报告，并请秘书处组织一次虚拟会议。"), revision);
        assertThat(revised.getRevision()).isEqualTo(2);
        var stale = catchThrowableOfType(org.plenary.client.contribution.ApiException.class,
                () -> contributions.reviseContribution(id, MEETING, joint.title("再次修订"), revision));
        assertThat(stale.getCode()).isEqualTo(412);
        RevisionMismatchProblem mismatch = new ObjectMapper().findAndRegisterModules()
                .readValue(stale.getResponseBody(), RevisionMismatchProblem.class);
        assertThat(mismatch.getCurrentRevision()).isEqualTo(2);

        // Three speakers and a viewer; a fourth speaker refused with the limit and its use, typed.
        DelegationsApi delegation = new DelegationsApi(registration(china));
        for (int i = 1; i <= 3; i++) {
            Participant speaker = delegation.registerParticipant(MEETING, "CHN", new RegisterParticipant()
                    .name("中国发言人 " + i).email("speaker" + i + "@chn.example.org").language("zh")
                    .role(Role.SPEAKER), null);
            assertThat(speaker.getJoinLink()).startsWith("http://localhost:8083/join/");
        }
        Participant viewer = delegation.registerParticipant(MEETING, "CHN", new RegisterParticipant()
                .name("中国观察员").email("viewer@chn.example.org").language("zh").role(Role.VIEWER), null);
        var fourth = catchThrowableOfType(org.plenary.client.registration.ApiException.class,
                () -> delegation.registerParticipant(MEETING, "CHN", new RegisterParticipant()
                        .name("中国发言人 4").email("speaker4@chn.example.org").language("zh").role(Role.SPEAKER), null));
        assertThat(fourth.getCode()).isEqualTo(409);
        PlaceUnavailableProblem limit = new ObjectMapper().findAndRegisterModules()
                .readValue(fourth.getResponseBody(), PlaceUnavailableProblem.class);
        assertThat(limit.getLimit()).isEqualTo(PlaceUnavailableProblem.LimitEnum.SPEAKERS_PER_DELEGATION);
        assertThat(limit.getUsed()).isEqualTo(3);
        assertThat(limit.getType()).isEqualTo("urn:plenary:problem:delegation-speaker-limit");

        // So the viewer asks to speak on item 5, as an additional speaker.
        AdditionalSpeakerRequest request = new AdditionalSpeakersApi(
                registration(china))
                .requestAdditionalSpeaker(MEETING, "CHN", new RequestAdditionalSpeaker()
                        .participantId(viewer.getId()).itemNumber(5).reason("中国代表团希望就C20/55发言"));
        assertThat(request.getParticipantId()).isEqualTo(viewer.getId());
        assertThat(request.getStatus()).isEqualTo("REQUESTED");

        // The agenda read again with the ETag of the first read, once China's contribution has reached agenda-service
        // through Kafka: changed by the proposal and the contribution; read once more with the new ETag, not changed
        // (the revision kept the title the agenda shows), so no body comes back.
        Eventually.await("China's contribution under item 5 of the agenda",
                () -> unchecked(() -> agenda.getAgenda(MEETING, "zh", null)).getItems().get(4).getContributions(),
                listed -> assertThat(listed).extracting(c -> c.getId()).contains(id));
        String etag = read.getHeaders().get("etag").get(0);
        var changed = agenda.getAgendaWithHttpInfo(MEETING, "zh", etag);
        assertThat(changed.getStatusCode()).isEqualTo(200);
        String current = changed.getHeaders().get("etag").get(0);
        assertThat(current).isNotEqualTo(etag);
        var unchanged = catchThrowableOfType(org.plenary.client.agenda.ApiException.class,
                () -> agenda.getAgendaWithHttpInfo(MEETING, "zh", current));
        assertThat(unchanged).as("the agenda read with its current ETag").isNotNull();
        assertThat(unchanged.getCode()).isEqualTo(304);
    }

    /** China's contribution and its request for an additional speaker, as the secretariat then finds them. */
    @Test
    @Order(2)
    void theSecretariatRunsItsSideInTheDashboard() throws Exception {
        try (Browser browser = Browser.start()) {
            new SecretariatInTheDashboard(browser, run, MEETING).story();
        }
    }

    private static <T> T unchecked(Callable<T> call) {
        try {
            return call.call();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static org.plenary.client.agenda.ApiClient agenda(Consumer<HttpRequest.Builder> auth) {
        return new org.plenary.client.agenda.ApiClient().setHost("localhost").setPort(8081)
                .setRequestInterceptor(auth);
    }

    private static org.plenary.client.contribution.ApiClient contribution(Consumer<HttpRequest.Builder> auth) {
        return new org.plenary.client.contribution.ApiClient().setHost("localhost").setPort(8082)
                .setRequestInterceptor(auth);
    }

    private static org.plenary.client.registration.ApiClient registration(Consumer<HttpRequest.Builder> auth) {
        return new org.plenary.client.registration.ApiClient().setHost("localhost").setPort(8083)
                .setRequestInterceptor(auth);
    }

    private static Consumer<HttpRequest.Builder> bearer(String token) {
        return builder -> builder.header("Authorization", "Bearer " + token);
    }
}
