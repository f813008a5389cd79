package org.plenary.acceptance;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.Parameter;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.parallel.ResourceLock;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.plenary.acceptance.Api.AGENDA;
import static org.plenary.acceptance.Api.CONTRIBUTION;
import static org.plenary.acceptance.Api.MEETING;
import static org.plenary.acceptance.Api.NOTIFICATION;
import static org.plenary.acceptance.Api.REGISTRATION;
import static org.plenary.acceptance.Api.SECRETARIAT;

/**
 * The story of circular letter DM-20/1008, replayed on the system as {@code ./plenary-local} runs it: four service
 * JVMs configured by environment, the embedded PostgreSQL, Kafka and SMTP. It acts only through the public HTTP APIs
 * and the launcher's rehearsal switches, and looks only where a user would: HTTP answers, the mailboxes over IMAP,
 * the Kafka topics. The scenes run in the letter's order and build on each other; then a second meeting goes through
 * faults ({@link FaultsScene}), and every event all of it caused is held to the AsyncAPI document.
 */
@ResourceLock(LocalRun.ON_ITS_PORTS)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
@Order(1)
class ConsultationAcceptanceTest {

    static final String CONTRIBUTIONS_MAILBOX = "contributions@itu.int";
    static final String SPEAKER_MAILBOX = "sg-registration@itu.int";
    static final String REMOTE_MAILBOX = "remote.participation@itu.int";
    static final Pattern LINK = Pattern.compile("http://localhost:8083/join/[A-Za-z0-9_-]+");

    private LocalRun run;
    /** The W3C trace id Kenya's system gives its submission (scene 4). */
    private static final String KENYAS_TRACE = "4bf92f3577b34da6a3ce929d0e0e4736";
    private Api api;
    private JsonNode seed;

    /** What the scenes leave for the later ones. */
    private final Map<String, String> story = new HashMap<>();

    @BeforeAll
    void startTheSystem() throws Exception {
        seed = new ObjectMapper().readTree(LocalRun.ROOT
                .resolve("agenda-service/src/main/resources/seed/council-2020-virtual-consultation.json").toFile());
        run = LocalRun.start(Path.of("target/acceptance/.plenary").toAbsolutePath());
        api = new Api(run);
    }

    @AfterAll
    void stopTheSystem() {
        if (run != null) {
            run.close();
        }
    }

    @Test
    @Order(1)
    void scene1TheSecretariatReadsTheSeededDraftAgendaInEnglishAndChinese() {
        JsonPath english = agenda("en");
        JsonPath chinese = agenda("zh");
        assertThat(english.getString("status")).isEqualTo("DRAFT");
        assertThat(english.getList("items")).hasSize(52);
        assertThat(chinese.getList("items")).hasSize(52);
        JsonNode annex = seed.get("agendaItems");
        for (int i = 0; i < 52; i++) {
            JsonNode item = annex.get(i);
            String at = "items[" + i + "].";
            assertThat(english.getInt(at + "number")).isEqualTo(item.get("number").asInt());
            assertThat(english.getString(at + "title")).isEqualTo(item.get("title").get("en").asText());
            assertThat(chinese.getString(at + "title")).isEqualTo(item.get("title").get("zh").asText());
            assertThat(english.getString(at + "documentReference"))
                    .isEqualTo(item.hasNonNull("document") ? item.get("document").asText() : null);
            assertThat(english.getString(at + "outcome"))
                    .isEqualTo(item.hasNonNull("outcome") ? item.get("outcome").asText() : "UNSPECIFIED");
            if (item.hasNonNull("proposal")) {
                JsonNode proposal = item.get("proposal");
                assertThat(english.getInt(at + "proposals." + proposal.get("kind").asText()))
                        .as("the letter's count on item %d", item.get("number").asInt())
                        .isEqualTo(proposal.get("proposingMemberStates").asInt());
            }
        }
        assertThat(english.getString("items[4].documentReference")).isEqualTo("C20/55");
    }

    @Test
    @Order(2)
    void scene2ThreeMemberStatesRecordProposalsAndTheCountsMove() {
        int before = physicalCount(30);
        Map<String, Integer> meetingBefore = agenda("en").getMap("meetingProposals");
        for (String state : List.of("KEN", "BRA")) {
            api.as(state, AGENDA).body("{\"kind\": \"MOVE_TO_PHYSICAL_MEETING\", \"itemNumber\": 30}")
                    .post("/meetings/" + MEETING + "/proposals").then().statusCode(201);
        }
        String proposal = api.as("KEN", AGENDA).body("{\"kind\": \"MOVE_TO_PHYSICAL_MEETING\", \"itemNumber\": 30}")
                .post("/meetings/" + MEETING + "/proposals").then().statusCode(200).extract().path("id");
        story.put("kenProposal", proposal);
        api.as("CHN", AGENDA)
                .body("{\"kind\": \"NEW_ITEM\", \"proposedTitle\": {\"en\": \"Impact of COVID-19 on ITU\"}}")
                .post("/meetings/" + MEETING + "/proposals").then().statusCode(201);

        assertThat(physicalCount(30)).as("KEN and BRA on item 30; KEN's retry counts once").isEqualTo(before + 2);
        assertThat(agenda("en").getInt("meetingProposals.NEW_ITEM"))
                .isEqualTo(meetingBefore.getOrDefault("NEW_ITEM", 0) + 1);
    }

    @Test
    @Order(3)
    void scene3TheSecretariatExtendsTheDeadlineAndTheReminderScheduleFollows() {
        assertThat(contributionReminder("P2D").get("dueAt")).isEqualTo("2020-05-31T22:00:00Z");

        api.as(SECRETARIAT, AGENDA)
                .body("{\"date\": \"2020-06-05\", \"reason\": \"Requested by several member states\"}")
                .put("/meetings/" + MEETING + "/contribution-deadline").then().statusCode(200);

        api.as("KEN", AGENDA).get("/meetings/" + MEETING).then()
                .body("contributionDeadline", equalTo("2020-06-05T22:00:00Z"));
        Eventually.await("the reminders move to the new deadline", () -> contributionReminders(),
                reminders -> assertThat(reminders).extracting(r -> r.get("offset") + " " + r.get("dueAt"))
                        .containsExactlyInAnyOrder("P7D 2020-05-29T22:00:00Z", "P2D 2020-06-03T22:00:00Z",
                                "PT24H 2020-06-04T22:00:00Z"));
        assertThat(contributionReminders()).extracting(r -> r.get("state")).containsOnly("PLANNED");
        Eventually.await("contribution-service applies the new deadline", () -> api.as("KEN", CONTRIBUTION)
                        .get("/meetings/" + MEETING + "/contribution-deadline").then().extract().jsonPath(),
                deadline -> assertThat(deadline.getString("deadline")).isEqualTo("2020-06-05T22:00:00Z"));

        // Every member state's contact persons are told once, in their own language: China's in Chinese, Kenya's in
        // English, with the old and the new date and the reason.
        Mailbox.Mail china = Eventually.await("China is told of the new deadline", () -> Mailbox.of(
                        contactEmails("CHN").get(0)).withSubjectContaining("文稿提交截止时间现改为"),
                mails -> assertThat(mails).hasSize(1)).get(0);
        assertThat(china.text()).contains("2020年6月5日").contains("Requested by several member states");
        String kenya = contactEmails("KEN").get(0);
        Mailbox.Mail told = Eventually.await("Kenya is told of the new deadline", () -> Mailbox.of(kenya)
                        .withSubjectContaining("The deadline for contributions is now"),
                mails -> assertThat(mails).hasSize(1)).get(0);
        assertThat(told.text()).contains("from 2 June 2020, 24:00 to 5 June 2020, 24:00");
        assertThat(deliveries("CONTRIBUTION_DEADLINE_CHANGED", kenya).getList("deliveries")).hasSize(1);
        // The letter is addressed to the ITU Council's 48 Member States: one announcement each, and none to a Member
        // State not on the Council, such as Iceland.
        Eventually.await("every Council Member State is told", () -> deliveries("CONTRIBUTION_DEADLINE_CHANGED", null),
                all -> assertThat(all.getInt("total")).isEqualTo(48));
        assertThat(deliveries("CONTRIBUTION_DEADLINE_CHANGED", contactEmails("ISL").get(0)).getList("deliveries"))
                .isEmpty();
    }

    @Test
    @Order(4)
    void scene4TwoStatesSubmitAJointContributionOnC20_55() {
        Response first = submitJoint();
        first.then().statusCode(201);
        String id = first.path("id");
        story.put("joint", id);
        assertThat(first.<Integer>path("itemNumber")).isEqualTo(5);
        assertThat(first.<List<String>>path("submittingMemberStates")).containsExactly("KEN", "BRA");

        Eventually.await("the contribution appears under item 5 of the draft agenda",
                () -> api.as("BRA", AGENDA).get("/meetings/" + MEETING + "/agenda").then().extract().jsonPath()
                        .getList("items[4].contributions.id", String.class),
                ids -> assertThat(ids).containsExactly(id));

        List<String> contacts = new ArrayList<>(contactEmails("KEN"));
        contacts.addAll(contactEmails("BRA"));
        String subject = "[C20-VC] Contribution from KEN, BRA: Preparations for WRC-23 under the pandemic (C20/55)";
        Mailbox.Mail mail = Eventually.await("one email to the contributions mailbox",
                () -> Mailbox.of(CONTRIBUTIONS_MAILBOX).withSubjectContaining("Contribution from KEN, BRA"),
                mails -> assertThat(mails).hasSize(1)).get(0);
        assertThat(mail.subject()).isEqualTo(subject);
        assertThat(mail.to()).containsExactly(CONTRIBUTIONS_MAILBOX);
        assertThat(mail.cc()).containsExactlyInAnyOrderElementsOf(contacts);
        // Annex 2's template in the body, word for word, and as a Word document attached, read back field by field.
        assertThat(mail.text().replace("\r\n", "\n")).contains("Proposed way forward:\n" + JOINT_WAY_FORWARD + "\n")
                .contains("Contact person for this meeting: Ms Béatrice Pluchon, +41 22 730 6266, gbs@itu.int.");
        assertThat(mail.attachments()).containsOnlyKeys("C20-55_KEN-BRA_contribution.docx");
        try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(
                mail.attachments().get("C20-55_KEN-BRA_contribution.docx")))) {
            XWPFTable fields = document.getTables().get(0);
            assertThat(fields.getRow(0).getCell(1).getText()).isEqualTo("KEN, BRA");
            assertThat(fields.getRow(1).getCell(1).getText()).isEqualTo("Preparations for WRC-23 under the pandemic");
            assertThat(fields.getRow(2).getCell(1).getText()).isEqualTo("C20/55");
            assertThat(String.join("\n", document.getParagraphs().stream().map(XWPFParagraph::getText).toList()))
                    .contains("对文件的评论意见\n" + JOINT_COMMENTS + "\n")
                    .endsWith("建议的后续行动\n" + JOINT_WAY_FORWARD);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        for (String contact : contacts) {
            Eventually.await(contact + " has its copy", () -> Mailbox.of(contact).withSubjectContaining(subject),
                    mails -> assertThat(mails).hasSize(1));
        }

        Response retry = submitJoint();
        retry.then().statusCode(201).header("Idempotent-Replayed", "true");
        assertThat(retry.<String>path("id")).isEqualTo(id);
        assertThat(api.as(SECRETARIAT, CONTRIBUTION).queryParam("itemNumber", 5)
                .get("/meetings/" + MEETING + "/contributions").then().extract().<Integer>path("total")).isEqualTo(1);
        assertThat(Topic.read("contribution.events")).as("one submitted event, the retry made none")
                .filteredOn(record -> record.key().equals(id)).extracting(ConsumerRecord::value)
                .singleElement().asString().contains("plenary.contribution.submitted.v1");
        assertThat(deliveries("CONTRIBUTION", null).getInt("total")).isEqualTo(1);

        // Kenya's system traces its calls: its trace id is in the event's envelope and on the JSON log line of the
        // email's sending in notification-service, so an operator follows the submission from request to mailbox.
        assertThat(Topic.read("contribution.events")).filteredOn(record -> record.key().equals(id))
                .extracting(ConsumerRecord::value).singleElement().asString()
                .contains("\"traceparent\":\"00-" + KENYAS_TRACE + "-");
        assertThat(run.logLines("notification-service")).as("notification-service's JSON log lines")
                .anySatisfy(line -> {
                    assertThat(line.path("mdc").path("traceId").asText()).isEqualTo(KENYAS_TRACE);
                    assertThat(line.path("message").asText()).contains("(CONTRIBUTION) sent to " + (contacts.size() + 1) + " recipient(s)");
                });
    }

    @Test
    @Order(5)
    void scene5PastTheDeadlineASubmissionIsRefusedInGenevaTimeAndEachReminderWentOutOnce() {
        List<Map<String, Object>> planned = contributionReminders();
        planned.sort(Comparator.comparing(r -> (String) r.get("dueAt")));
        for (Map<String, Object> reminder : planned) {
            api.moveClockTo(Instant.parse((String) reminder.get("dueAt")).plusSeconds(60).toString());
            awaitSentToEveryState("CONTRIBUTION_DEADLINE", (String) reminder.get("offset"));
        }
        // The end of 5 June in Geneva: the deadline has passed, and the speakers' first reminder (3 days before
        // the meeting starts on 9 June) is due at the same instant.
        api.moveClockTo("2020-06-05T22:01:00Z");
        Response late = api.as("CHN", CONTRIBUTION).body(jointBody("\"CHN\""))
                .post("/meetings/" + MEETING + "/contributions");
        late.then().statusCode(422).contentType("application/problem+json")
                .body("type", equalTo("urn:plenary:problem:contribution-deadline-passed"));
        assertThat(late.<String>path("detail")).contains("closed at the end of 5 June 2020",
                "2020-06-06 00:00 +02:00 Europe/Zurich", "it is now 2020-06-06 00:01 +02:00 Europe/Zurich");
        String speakersOffset = reminders().stream().filter(r -> r.get("kind").equals("SPEAKER_DESIGNATION"))
                .filter(r -> r.get("dueAt").equals("2020-06-05T22:00:00Z")).map(r -> (String) r.get("offset"))
                .findFirst().orElseThrow();
        awaitSentToEveryState("SPEAKER_DESIGNATION", speakersOffset);

        String france = contactEmails("FRA").get(0);
        assertReceivedOnce(france, "CONTRIBUTION_DEADLINE_REMINDER", 3);
        assertReceivedOnce(france, "SPEAKER_DESIGNATION_REMINDER", 1);
        int states = contributionReminders().get(0).get("states") instanceof List<?> list ? list.size() : 0;
        // The letter is addressed to the ITU Council's Member States: the 48 of them are reminded, no other state.
        assertThat(states).isEqualTo(48);
        assertThat(deliveries("CONTRIBUTION_DEADLINE_REMINDER", null).getInt("total")).isEqualTo(3 * states);
    }

    @Test
    @Order(6)
    void scene6DelegationsRegisterWithinTheLetterLimitsAndEachGetsItsOwnLink() throws Exception {
        for (int i = 1; i <= 3; i++) {
            register("KEN", "KEN", "Kenyan speaker " + i, "speaker" + i + "@ken.example.org", "SPEAKER")
                    .then().statusCode(201);
        }
        String viewer = register("KEN", "KEN", "Kenyan viewer", "viewer@ken.example.org", "VIEWER")
                .then().statusCode(201).extract().path("id");
        story.put("kenViewer", viewer);
        story.put("kenSpeaker", participants("KEN").get(0).get("id").toString());
        Response fourth = register("KEN", "KEN", "Kenyan speaker 4", "speaker4@ken.example.org", "SPEAKER");
        fourth.then().statusCode(409)
                .body("type", equalTo("urn:plenary:problem:delegation-speaker-limit"));

        List<Mailbox.Mail> speakerMails = Eventually.await("one email per change of Kenya's speakers",
                () -> Mailbox.of(SPEAKER_MAILBOX).withSubjectContaining("Speakers of KEN:"),
                mails -> assertThat(mails).extracting(Mailbox.Mail::subject).containsExactlyInAnyOrder(
                        "[C20-VC] Speakers of KEN: 1 named", "[C20-VC] Speakers of KEN: 2 named",
                        "[C20-VC] Speakers of KEN: 3 named"));
        assertThat(speakerMails).allSatisfy(mail -> {
            assertThat(mail.to()).containsExactly(SPEAKER_MAILBOX);
            assertThat(mail.cc()).containsExactly(REMOTE_MAILBOX);
        });
        assertThat(speakerMails.stream().filter(m -> m.subject().endsWith("3 named")).findFirst().orElseThrow().text())
                .contains("Kenyan speaker 1", "Kenyan speaker 2", "Kenyan speaker 3");

        String speakerLink = linkIn("speaker1@ken.example.org", "Your personal speaker link");
        String viewerLink = linkIn("viewer@ken.example.org", "Your personal viewer link");
        assertThat(speakerLink).isNotEqualTo(viewerLink);
        assertRedirect(speakerLink, "https://platform.example.org/C20-VC/speak");
        assertRedirect(viewerLink, "https://platform.example.org/C20-VC/watch");
        story.put("kenViewerLink", viewerLink);
        // A link is a credential: in clear only in its owner's email and in the answer to the registering delegation;
        // never on a topic, in a table (outbox, ledger...) or in a log.
        for (String link : List.of(speakerLink, viewerLink)) {
            String token = link.substring(link.lastIndexOf('/') + 1);
            assertThat(SecretSearch.whereIs(token, run)).as("where the token of " + link + " was found").isEmpty();
        }

        // 99 more delegations name three speakers each: the pool of 300 is full.
        List<String> others = api.as(SECRETARIAT, REGISTRATION).get("/member-states").then().statusCode(200)
                .extract().<List<String>>path("code").stream()
                .filter(code -> !List.of("KEN", "BRA", "CHN", "FRA", "RUS", "USA").contains(code)).limit(99).toList();
        assertThat(others).hasSize(99);
        for (String state : others) {
            for (int i = 1; i <= 3; i++) {
                register(SECRETARIAT, state, state + " speaker " + i, "speaker" + i + "@" + state.toLowerCase()
                        + ".example.org", "SPEAKER").then().statusCode(201);
            }
        }
        Response overall = register("USA", "USA", "US speaker", "speaker@usa.example.org", "SPEAKER");
        overall.then().statusCode(409)
                .body("type", equalTo("urn:plenary:problem:speaker-pool-full"));
        assertThat(overall.<String>path("detail")).contains("300");
        JsonPath capacity = api.as(SECRETARIAT, REGISTRATION).get("/meetings/" + MEETING + "/capacity").jsonPath();
        assertThat(capacity.getInt("speakers.used")).isEqualTo(300);
        assertThat(capacity.getInt("speakers.free")).isZero();

        // One of them withdraws a speaker: a place is free again.
        String withdrawn = participants(others.get(0)).get(0).get("id").toString();
        api.as(SECRETARIAT, REGISTRATION).post("/meetings/" + MEETING + "/delegations/" + others.get(0)
                + "/participants/" + withdrawn + "/cancellation").then().statusCode(200);
        assertThat(api.as(SECRETARIAT, REGISTRATION).get("/meetings/" + MEETING + "/capacity").jsonPath()
                .getInt("speakers.used")).isEqualTo(299);
        Eventually.await("every speaker change of every delegation was emailed",
                () -> deliveries("SPEAKERS_CHANGED", null).getInt("total"), total -> assertThat(total)
                        .isEqualTo(3 + 297 + 1));
    }

    @Test
    @Order(7)
    void scene7ADelegationGetsAnAdditionalSpeakerForOneSession() {
        String session = api.as(SECRETARIAT, AGENDA)
                .body("{\"title\": {\"en\": \"Session 1\"}, \"date\": \"2020-06-09\", "
                        + "\"start\": \"12:00\", \"end\": \"15:00\"}")
                .post("/meetings/" + MEETING + "/sessions").then().statusCode(201).extract().path("id");
        story.put("session", session);
        String viewer = story.get("kenViewer");
        Response request = Eventually.await("registration-service knows the session from agenda.events",
                () -> api.as("KEN", REGISTRATION).body(Map.of("participantId", viewer, "sessionId", session,
                        "reason", "Our minister presents item 5")).post("/meetings/" + MEETING
                        + "/delegations/KEN/additional-speakers"),
                answer -> assertThat(answer.statusCode()).as(answer.asString()).isEqualTo(201));
        String requestId = request.path("id");
        story.put("kenRequest", requestId);
        api.as(SECRETARIAT, REGISTRATION).body("{\"grant\": true, \"reason\": \"A place is free in session 1\"}")
                .post("/meetings/" + MEETING + "/additional-speakers/" + requestId + "/decision")
                .then().statusCode(200).body("status", equalTo("GRANTED"));

        Mailbox.Mail asked = Eventually.await("the request reached the speaker-registration mailbox",
                () -> Mailbox.of(SPEAKER_MAILBOX).withSubjectContaining("KEN asks for an additional speaker"),
                mails -> assertThat(mails).hasSize(1)).get(0);
        assertThat(asked.subject()).contains("Kenyan viewer", "Session 2020-06-09 12:00");
        assertThat(asked.cc()).containsExactly(REMOTE_MAILBOX);
        Mailbox.Mail decided = Eventually.await("the decision reached Kenya's contact persons",
                () -> Mailbox.of(contactEmails("KEN").get(0)).withSubjectContaining("Additional speaker Kenyan viewer"),
                mails -> assertThat(mails).hasSize(1)).get(0);
        assertThat(decided.to()).containsExactlyInAnyOrderElementsOf(contactEmails("KEN"));
        assertThat(decided.cc()).containsExactly(SPEAKER_MAILBOX);

        // The viewer's own link lets them speak while that session runs, and only then.
        assertRedirect(story.get("kenViewerLink"), "https://platform.example.org/C20-VC/watch");
        api.moveClockTo("2020-06-09T10:30:00Z");
        assertRedirect(story.get("kenViewerLink"), "https://platform.example.org/C20-VC/speak");
    }

    @Test
    @Order(8)
    void scene8TheSecretariatAdoptsTheAgendaAndPublishesTheTimePlan() throws Exception {
        api.as(SECRETARIAT, AGENDA).body("[{\"itemNumber\": 5, \"minutes\": 30}]")
                .put("/meetings/" + MEETING + "/sessions/" + story.get("session") + "/allocations")
                .then().statusCode(200);
        api.as(SECRETARIAT, AGENDA).body("{}").post("/meetings/" + MEETING + "/agenda/versions")
                .then().statusCode(201).body("number", equalTo(1))
                .body("itemCount", equalTo(52));
        JsonPath agenda = agenda("en");
        assertThat(agenda.getString("status")).isEqualTo("ADOPTED");
        assertThat(agenda.getInt("version")).isEqualTo(1);
        api.as(SECRETARIAT, AGENDA).post("/meetings/" + MEETING + "/time-plan/publication")
                .then().statusCode(200).body("status", equalTo("PUBLISHED"));

        String ics = api.as("BRA", AGENDA).get("/meetings/" + MEETING + "/time-plan.ics").then().statusCode(200)
                .contentType("text/calendar").extract().asString();
        Calendar calendar = new CalendarBuilder().build(new StringReader(ics));
        List<VEvent> events = calendar.getComponents(Component.VEVENT);
        assertThat(events).hasSize(1);
        Property start = events.get(0).getProperty(Property.DTSTART).orElseThrow();
        assertThat(start.getValue()).isEqualTo("20200609T120000");
        assertThat(start.getParameter(Parameter.TZID).orElseThrow().getValue()).isEqualTo("Europe/Zurich");
        assertThat(events.get(0).getProperty(Property.DESCRIPTION).orElseThrow().getValue())
                .contains("World Radiocommunication Conference 2023 (C20/55)", "30 min");
        assertThat(calendar.getComponents(Component.VTIMEZONE)).hasSize(1);

        // Both are announced to the Council's Member States, each in its contacts' language: China's in Chinese, the
        // time plan with the same calendar attached.
        String china = contactEmails("CHN").get(0);
        Mailbox.Mail adopted = Eventually.await("China is told the agenda is adopted", () -> Mailbox.of(china)
                .withSubjectContaining("议程已通过：第1版"), mails -> assertThat(mails).hasSize(1)).get(0);
        assertThat(adopted.text()).contains("这是议程的第一个通过版本。").contains("(C20/55)");
        Mailbox.Mail plan = Eventually.await("China receives the time plan", () -> Mailbox.of(china)
                .withSubjectContaining("时间管理计划已发布"), mails -> assertThat(mails).hasSize(1)).get(0);
        Calendar attached = new CalendarBuilder().build(new StringReader(new String(
                plan.attachments().get("C20-VC_time-plan.ics"), java.nio.charset.StandardCharsets.UTF_8)));
        List<VEvent> sessions = attached.getComponents(Component.VEVENT);
        assertThat(sessions).hasSize(1);
        assertThat(sessions.get(0).getProperty(Property.DTSTART).orElseThrow().getValue()).isEqualTo("20200609T120000");
        assertThat(sessions.get(0).getUid().orElseThrow().getValue())
                .isEqualTo(events.get(0).getUid().orElseThrow().getValue());
    }

    @Test
    @Order(9)
    void scene9AMemberStateIsRefusedOnEveryObjectOfAnother() {
        new CrossStateRefusals(api, story).assertChinaIsRefusedOnKenyasObjects();
    }

    @Test
    @Order(10)
    void scene10EveryEmailOnceThroughAKilledNotificationServiceAndAnSmtpOutage() {
        // kill -9 while the registrations' emails are being composed and sent; the launcher restarts it.
        List<String> france = IntStream.rangeClosed(1, 20).mapToObj(i -> "viewer" + i + "@fra.example.org").toList();
        for (String email : france) {
            register("FRA", "FRA", "French viewer " + email, email, "VIEWER").then().statusCode(201);
        }
        ProcessHandle notification = run.service("notification-service");
        assertThat(notification.destroyForcibly()).isTrue();
        Eventually.await("the launcher restarts the killed service", Duration.ofMinutes(3),
                () -> run.output().stream().anyMatch(line -> line.startsWith("Plenary: notification-service exited")),
                restarted -> assertThat(restarted).isTrue());
        assertEachReceivedOnce(france, Duration.ofMinutes(3), 1);

        // SMTP away: the emails wait in the ledger; back: each goes once.
        api.engine("smtp", "stop");
        List<String> russia = IntStream.rangeClosed(1, 10).mapToObj(i -> "viewer" + i + "@rus.example.org").toList();
        for (String email : russia) {
            register("RUS", "RUS", "Russian viewer " + email, email, "VIEWER").then().statusCode(201);
        }
        Eventually.await("the emails are recorded and wait", () -> russia.stream()
                        .map(email -> deliveries("PARTICIPANT_LINK", email).getList("deliveries.status", String.class))
                        .flatMap(List::stream).toList(),
                statuses -> assertThat(statuses).hasSize(10).doesNotContain("SENT"));
        assertThat(russia).allSatisfy(email -> assertThat(Mailbox.of(email).messages()).isEmpty());
        api.engine("smtp", "start");
        assertEachReceivedOnce(russia, Duration.ofMinutes(3), 0);
    }

    @Test
    @Order(11)
    void scene11EachWriteOfASecondMeetingHappensOnceThroughKafkaPostgresqlAKilledServiceAndSmtpAway()
            throws Exception {
        new FaultsScene(run, api).eachWriteHappensOnceThroughKafkaPostgresqlAKilledServiceAndSmtpAway();
    }

    @Test
    @Order(12)
    void scene12EveryEventOnEveryTopicIsAsDocsApiEventsAsyncapiYamlSays() {
        EventsContract contract = EventsContract.load();
        List<String> violations = new ArrayList<>();
        Map<String, Map<String, Long>> typesByTopic = new TreeMap<>();
        for (String topic : List.of("agenda.events", "contribution.events", "registration.events")) {
            for (String read : List.of(topic, topic + ".dlq")) {
                List<ConsumerRecord<String, String>> records = Topic.read(read);
                records.forEach(record -> violations.addAll(contract.violations(record)));
                typesByTopic.put(read, records.stream().collect(Collectors.groupingBy(
                        record -> read.endsWith(".dlq") ? "dead letter" : typeOf(record), TreeMap::new,
                        Collectors.counting())));
            }
        }
        System.out.println("Events held to docs/api/events.asyncapi.yaml: " + typesByTopic);

        assertThat(violations).as("records that depart from docs/api/events.asyncapi.yaml").isEmpty();
        assertThat(typesByTopic.get("agenda.events")).containsKeys("plenary.agenda.meeting-scheduled.v1",
                "plenary.agenda.item-added.v1", "plenary.agenda.adopted.v1", "plenary.agenda.time-plan-published.v1");
        assertThat(typesByTopic.get("contribution.events")).containsKeys("plenary.contribution.submitted.v1");
        assertThat(typesByTopic.get("registration.events")).containsKeys(
                "plenary.registration.participant-registered.v1", "plenary.registration.speakers-changed.v1",
                "plenary.registration.additional-speaker-decided.v1");
    }

    // --- what the scenes share ---

    private static String typeOf(ConsumerRecord<String, String> record) {
        try {
            return new ObjectMapper().readTree(record.value()).path("type").asText("(no type)");
        } catch (JsonProcessingException e) {
            return "(not JSON)";
        }
    }

    private JsonPath agenda(String language) {
        return api.as(SECRETARIAT, AGENDA).header("Accept-Language", language).get("/meetings/" + MEETING + "/agenda")
                .then().statusCode(200).extract().jsonPath();
    }

    private int physicalCount(int item) {
        Integer count = agenda("en").get("items[" + (item - 1) + "].proposals.MOVE_TO_PHYSICAL_MEETING");
        return count == null ? 0 : count;
    }

    private List<Map<String, Object>> reminders() {
        return new ArrayList<>(api.as(SECRETARIAT, NOTIFICATION).get("/meetings/" + MEETING + "/reminders")
                .then().statusCode(200).extract().jsonPath().getList("$"));
    }

    private List<Map<String, Object>> contributionReminders() {
        return reminders().stream().filter(r -> r.get("kind").equals("CONTRIBUTION_DEADLINE"))
                .collect(Collectors.toCollection(ArrayList::new));
    }

    private Map<String, Object> contributionReminder(String offset) {
        return contributionReminders().stream().filter(r -> r.get("offset").equals(offset)).findFirst().orElseThrow();
    }

    @SuppressWarnings("unchecked")
    private void awaitSentToEveryState(String kind, String offset) {
        Eventually.await(kind + " " + offset + " sent to every state it names", () -> reminders().stream()
                        .filter(r -> r.get("kind").equals(kind) && r.get("offset").equals(offset)).findFirst()
                        .orElseThrow(),
                reminder -> {
                    assertThat(reminder.get("state")).isEqualTo("RECORDED");
                    assertThat(((Map<String, Object>) reminder.get("deliveries")).get("SENT"))
                            .isEqualTo(((List<?>) reminder.get("states")).size());
                });
    }

    private List<String> contactEmails(String state) {
        return api.as(SECRETARIAT, REGISTRATION).get("/member-states/" + state).then().statusCode(200).extract()
                .path("contactPersons.email");
    }

    /** KEN and BRA's joint contribution is written in Chinese, as the letter lets any of the six languages be used. */
    private static final String JOINT_COMMENTS = "肯尼亚和巴西支持该报告，\n并请求召开一次虚拟筹备会议。";
    private static final String JOINT_WAY_FORWARD = "理事会注意到该报告，\n并责成秘书处组织该会议。";

    private String jointBody(String states) {
        return """
                {"submittingMemberStates": [%s],
                 "title": "Preparations for WRC-23 under the pandemic",
                 "documentReference": "C20/55",
                 "commentsOnDocument": "%s",
                 "proposedWayForward": "%s",
                 "language": "zh",
                 "contact": {"name": "Jane Wanjiru", "email": "jane.wanjiru@ca.ken.example.org"}}""".formatted(states,
                JOINT_COMMENTS.replace("\n", "\\n"), JOINT_WAY_FORWARD.replace("\n", "\\n"));
    }

    private Response submitJoint() {
        return api.as("KEN", CONTRIBUTION).header("Idempotency-Key", "ken-wrc23-1")
                .header("traceparent", "00-" + KENYAS_TRACE + "-00f067aa0ba902b7-00")
                .body(jointBody("\"KEN\", \"BRA\"")).post("/meetings/" + MEETING + "/contributions");
    }

    private Response register(String who, String state, String name, String email, String role) {
        return api.as(who, REGISTRATION).body(Map.of("name", name, "email", email, "function", "Councillor",
                        "language", "en", "role", role))
                .post("/meetings/" + MEETING + "/delegations/" + state + "/participants");
    }

    private List<Map<String, Object>> participants(String state) {
        return api.as(SECRETARIAT, REGISTRATION).get("/meetings/" + MEETING + "/delegations/" + state + "/participants")
                .then().statusCode(200).extract().jsonPath().getList("$");
    }

    private JsonPath deliveries(String kind, String recipient) {
        var request = api.as(SECRETARIAT, NOTIFICATION).queryParam("kind", kind).queryParam("size", 200);
        if (recipient != null) {
            request.queryParam("recipient", recipient);
        }
        return request.get("/deliveries").then().statusCode(200).extract().jsonPath();
    }

    /** The ledger recorded {@code count} emails of a kind to the mailbox, and it received each exactly once. */
    private void assertReceivedOnce(String mailbox, String kind, int count) {
        List<String> recorded = deliveries(kind, mailbox).getList("deliveries.messageId", String.class);
        assertThat(recorded).as(kind + " to " + mailbox).hasSize(count);
        List<String> received = Mailbox.of(mailbox).messages().stream().map(Mailbox.Mail::messageId).toList();
        assertThat(recorded).allSatisfy(id -> assertThat(received).as(id).containsOnlyOnce(id));
    }

    private String linkIn(String mailbox, String subject) {
        Mailbox.Mail mail = Eventually.await(mailbox + " receives " + subject,
                () -> Mailbox.of(mailbox).withSubjectContaining(subject), mails -> assertThat(mails).hasSize(1)).get(0);
        Matcher link = LINK.matcher(mail.text());
        assertThat(link.find()).as("a join link in: " + mail.text()).isTrue();
        return link.group();
    }

    private static void assertRedirect(String link, String target) {
        HttpResponse<Void> answer = Api.follow(link);
        assertThat(answer.statusCode()).isEqualTo(303);
        assertThat(answer.headers().firstValue("Location")).hasValue(target);
    }

    /**
     * Every mailbox received its email: the one the ledger recorded for it, under the ledger's Message-ID. A crash in
     * the milliseconds between SMTP's acceptance and the ledger's commit may send the one email in flight again, with
     * the same Message-ID: {@code duplicatesAllowed} is how many crashes the step had.
     */
    private void assertEachReceivedOnce(List<String> mailboxes, Duration within, int duplicatesAllowed) {
        Map<String, String> recorded = Eventually.await("each email sent", within, () -> mailboxes.stream()
                        .collect(Collectors.toMap(Function.identity(), email -> deliveries("PARTICIPANT_LINK", email))),
                ledger -> assertThat(ledger.values()).allSatisfy(rows -> {
                    assertThat(rows.getList("deliveries")).hasSize(1);
                    assertThat(rows.getString("deliveries[0].status")).isEqualTo("SENT");
                })).entrySet().stream().collect(Collectors.toMap(Map.Entry::getKey,
                entry -> entry.getValue().getString("deliveries[0].messageId")));
        int copies = 0;
        for (String mailbox : mailboxes) {
            List<Mailbox.Mail> received = Eventually.await(mailbox + " receives its link", within,
                    () -> Mailbox.of(mailbox).messages(), mails -> assertThat(mails).isNotEmpty());
            assertThat(received).extracting(Mailbox.Mail::messageId).containsOnly(recorded.get(mailbox));
            copies += received.size();
        }
        assertThat(copies - mailboxes.size()).as("copies beyond one per email").isLessThanOrEqualTo(duplicatesAllowed);
    }
}
