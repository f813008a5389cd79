package org.plenary.notification.emails;

import io.quarkus.test.junit.QuarkusTest;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.junit.jupiter.api.Test;
import org.plenary.events.EventEnvelope;
import org.plenary.events.Topics;
import org.plenary.events.agenda.AgendaAdopted;
import org.plenary.events.agenda.TimePlanPublished;
import org.plenary.events.contribution.ContributionRevised;
import org.plenary.events.registration.ContactPersonsChanged;
import org.plenary.notification.TestEvents;

import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.plenary.notification.TestEvents.inbox;
import static org.plenary.notification.TestEvents.mailbox;
import static org.plenary.notification.TestEvents.secretariat;

/**
 * What the letter's header and annex 2 put in every email (the meeting's sender and contact person; the contribution as
 * the Word document its template is), and the announcements the letter implies, each read in the recipients' mailboxes
 * over IMAP: to the states the meeting is addressed to, and to no other.
 */
@QuarkusTest
class LetterAnnouncementsTest {

    private static final Duration WAIT = Duration.ofSeconds(30);

    @Test
    void aChineseContributionReachesTheMailboxAsTheAnnexsTemplateInAWordDocumentReadBackFieldByField() throws Exception {
        String meeting = TestEvents.meetingAhead();
        String china = TestEvents.state();
        String kenya = TestEvents.state();
        TestEvents.contacts(china, "focal." + china.toLowerCase() + "@example.org", "zh");
        TestEvents.contacts(kenya, "focal." + kenya.toLowerCase() + "@example.org", "en");
        String comments = "中国和肯尼亚支持该报告，\n并感谢秘书处的工作。";
        String wayForward = "理事会注意到该报告。\n请秘书处于2020年6月组织一次虚拟会议。";
        EventEnvelope submitted = TestEvents.contribution(meeting, List.of(china, kenya), "信息通信技术在抗击疫情中的作用",
                "zh", comments, wayForward);
        TestEvents.publish(Topics.CONTRIBUTION, submitted.subject(), submitted);

        String contributions = mailbox(meeting, "contributions");
        await().atMost(WAIT).untilAsserted(() -> assertThat(inbox(contributions)).hasSize(1));
        TestEvents.Received email = inbox(contributions).get(0);
        String file = "C20-55_" + china + "-" + kenya + "_contribution.docx";
        assertThat(email.from()).isEqualTo(mailbox(meeting, "council"));
        assertThat(email.text().replace("\r\n", "\n")).contains("Proposed way forward:\n" + wayForward + "\n")
                .contains("attached as a Word document (" + file + ")")
                .contains("Contact person for this meeting: Ms Béatrice Pluchon, +41 22 730 6266, "
                        + mailbox(meeting, "gbs") + ".");
        assertThat(email.attachments()).containsOnlyKeys(file);

        try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(email.attachments().get(file)))) {
            List<String> paragraphs = document.getParagraphs().stream().map(XWPFParagraph::getText).toList();
            assertThat(paragraphs.get(0)).isEqualTo("成员国针对Test consultation议程草案上各事项提交的文稿");
            XWPFTable table = document.getTables().get(0);
            assertThat(table.getRow(0).getCell(0).getText()).isEqualTo("提交成员国");
            assertThat(table.getRow(0).getCell(1).getText()).isEqualTo(china + ", " + kenya);
            assertThat(table.getRow(1).getCell(1).getText()).isEqualTo("信息通信技术在抗击疫情中的作用");
            assertThat(table.getRow(2).getCell(1).getText()).isEqualTo("C20/55");
            String body = String.join("\n", paragraphs);
            assertThat(body).contains("对文件的评论意见\n" + comments + "\n")
                    .endsWith("建议的后续行动\n" + wayForward);
        }
        // The other submitters' copies carry the same file.
        String kenyaFocal = "focal." + kenya.toLowerCase() + "@example.org";
        await().atMost(WAIT).untilAsserted(() -> assertThat(inbox(kenyaFocal)).hasSize(1));
        assertThat(inbox(kenyaFocal).get(0).attachments().get(file)).isEqualTo(email.attachments().get(file));
        given().auth().oauth2(secretariat()).when().get("/deliveries?meetingId=" + meeting).then().statusCode(200)
                .body("deliveries[0].attachments[0].fileName", equalTo(file))
                .body("deliveries[0].from", equalTo(mailbox(meeting, "council")));
    }

    @Test
    void aRevisionSendsItsNewVersionMarkedAsSuch() throws Exception {
        String meeting = TestEvents.meetingAhead();
        String kenya = TestEvents.state();
        String focal = TestEvents.focalPoint(kenya, "en");
        UUID id = UUID.randomUUID();
        TestEvents.publish(Topics.CONTRIBUTION, id.toString(), TestEvents.envelope(ContributionRevised.TYPE,
                "contribution-service", id.toString(), new ContributionRevised(id, meeting, UUID.randomUUID(), 5,
                        "C20/55", List.of(kenya), "Joint view", "en", true, 2, Instant.now(), List.of(),
                        "Kenya supports it.", "The Council approves the report.")));

        TestEvents.awaitMail(focal, "Revised contribution", 1);
        String file = "C20-55_" + kenya + "_contribution_rev2.docx";
        try (XWPFDocument document = new XWPFDocument(
                new ByteArrayInputStream(inbox(focal).get(0).attachments().get(file)))) {
            assertThat(document.getParagraphs().get(1).getText())
                    .isEqualTo("Revision 2: it replaces the earlier versions.");
            assertThat(document.getParagraphs().stream().map(XWPFParagraph::getText))
                    .contains("The Council approves the report.");
        }
    }

    @Test
    void anAdoptedAgendaIsAnnouncedToTheCouncilsMemberStatesOnlyWithWhatChangedFromTheLastVersion() {
        String meeting = TestEvents.councilMeeting();
        String councillor = TestEvents.state();
        String member = TestEvents.state();
        String unknown = TestEvents.state();
        String councillorFocal = "focal." + councillor.toLowerCase() + "@example.org";
        String memberFocal = "focal." + member.toLowerCase() + "@example.org";
        String unknownFocal = "focal." + unknown.toLowerCase() + "@example.org";
        TestEvents.contactsInCategory(councillor, ContactPersonsChanged.COUNCIL_MEMBER_STATE, councillorFocal, "fr");
        TestEvents.contactsInCategory(member, ContactPersonsChanged.MEMBER_STATE, memberFocal, "en");
        TestEvents.contacts(unknown, unknownFocal, "en");
        UUID budget = UUID.randomUUID();
        UUID wsis = UUID.randomUUID();
        UUID covid = UUID.randomUUID();
        AgendaAdopted.Item budgetItem = new AgendaAdopted.Item(budget, 1, Map.of("en", "Budget", "fr", "Budget"),
                "C20/10", "DECISION");
        AgendaAdopted.Item wsisItem = new AgendaAdopted.Item(wsis, 2, Map.of("en", "WSIS", "fr", "SMSI"), "C20/20",
                "NONE");

        adopt(meeting, 1, null, List.of(budgetItem, wsisItem));
        TestEvents.awaitMail(councillorFocal, "version 1", 1);
        assertThat(inbox(councillorFocal).get(0).subject())
                .isEqualTo("[" + meeting + "] L'ordre du jour est adopté : version 1");
        assertThat(inbox(councillorFocal).get(0).text())
                .contains("Il s'agit de la première version adoptée de l'ordre du jour.")
                .contains("1. Budget (C20/10)").contains("2. SMSI (C20/20)")
                .contains("Personne de contact pour cette réunion : Ms Béatrice Pluchon");

        adopt(meeting, 2, "Item on COVID-19 added at the request of Councillors", List.of(budgetItem,
                new AgendaAdopted.Item(covid, 2, Map.of("en", "ICTs against COVID-19"), "C20/66", "NONE"),
                new AgendaAdopted.Item(wsis, 3, Map.of("en", "WSIS", "fr", "SMSI"), "C20/20", "NONE")));
        TestEvents.awaitMail(councillorFocal, "version 2", 1);
        String text = inbox(councillorFocal).stream().filter(e -> e.subject().contains("version 2")).findFirst()
                .orElseThrow().text().replace("\r\n", "\n");
        assertThat(text).contains("Les modifications par rapport à la version 1 figurent ci-dessous.")
                .contains("Item on COVID-19 added at the request of Councillors")
                .contains("Points ajoutés: 2. ICTs against COVID-19 (C20/66)")
                .contains("Points renumérotés: 2 → 3. SMSI (C20/20)")
                .contains("Ordre du jour:\n1. Budget (C20/10)\n2. ICTs against COVID-19 (C20/66)\n3. SMSI (C20/20)\n");
        assertThat(inbox(memberFocal)).isEmpty();
        assertThat(inbox(unknownFocal)).isEmpty();
        given().auth().oauth2(secretariat()).when().get("/deliveries?meetingId=" + meeting + "&kind=AGENDA_ADOPTED")
                .then().statusCode(200).body("deliveries.to.flatten()", hasItem(councillorFocal))
                .body("deliveries.to.flatten()", not(hasItem(memberFocal)))
                .body("deliveries.to.flatten()", not(hasItem(unknownFocal)));
    }

    @Test
    void aPublishedTimePlanReachesTheAddressedStatesWithTheCalendarAttached() throws Exception {
        String meeting = TestEvents.councilMeeting();
        String councillor = TestEvents.state();
        String member = TestEvents.state();
        String councillorFocal = "focal." + councillor.toLowerCase() + "@example.org";
        String memberFocal = "focal." + member.toLowerCase() + "@example.org";
        TestEvents.contactsInCategory(councillor, ContactPersonsChanged.COUNCIL_MEMBER_STATE, councillorFocal, "zh");
        TestEvents.contactsInCategory(member, ContactPersonsChanged.MEMBER_STATE, memberFocal, "en");
        UUID session = UUID.randomUUID();
        TestEvents.publish(Topics.AGENDA, meeting, TestEvents.envelope(TimePlanPublished.TYPE, "agenda-service",
                meeting, new TimePlanPublished(meeting, Instant.parse("2030-06-01T08:00:00Z"), "Europe/Zurich",
                        List.of(new TimePlanPublished.Session(session, Instant.parse("2030-06-09T10:00:00Z"),
                                Instant.parse("2030-06-09T12:00:00Z"), List.of(new TimePlanPublished.Allocation(
                                UUID.randomUUID(), 5, 20, Map.of("en", "Budget", "zh", "预算"))),
                                Map.of("en", "Opening session", "zh", "开幕会议"))))));

        TestEvents.awaitMail(councillorFocal, "时间管理计划已发布", 1);
        TestEvents.Received email = inbox(councillorFocal).get(0);
        assertThat(email.text()).contains("2030年6月9日, 12:00–14:00").contains("5. 预算, 20分钟");
        byte[] ics = email.attachments().get(meeting + "_time-plan.ics");
        Calendar calendar = new CalendarBuilder().build(new StringReader(new String(ics, StandardCharsets.UTF_8)));
        List<VEvent> events = calendar.getComponents(Component.VEVENT);
        assertThat(events).hasSize(1);
        assertThat(events.get(0).getProperty(Property.SUMMARY).orElseThrow().getValue())
                .isEqualTo(meeting + ": 开幕会议");
        assertThat(events.get(0).getProperty(Property.DTSTART).orElseThrow().getValue()).isEqualTo("20300609T120000");
        assertThat(events.get(0).getProperty(Property.DESCRIPTION).orElseThrow().getValue())
                .isEqualTo("开幕会议\n5. 预算, 20分钟");
        assertThat(inbox(memberFocal)).isEmpty();
    }

    private static void adopt(String meeting, int version, String reason, List<AgendaAdopted.Item> items) {
        TestEvents.publish(Topics.AGENDA, meeting, TestEvents.envelope(AgendaAdopted.TYPE, "agenda-service", meeting,
                new AgendaAdopted(meeting, version, reason, "secretariat@itu.example.org", Instant.now(), items)));
    }
}
