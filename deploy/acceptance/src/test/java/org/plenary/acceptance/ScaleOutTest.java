package org.plenary.acceptance;

import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.plenary.infra.Engines;
import org.plenary.infra.Ports;
import org.plenary.local.PlenaryLocal;
import org.plenary.local.ServiceProcess;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.plenary.acceptance.Api.MEETING;

/**
 * Scale-out, in the production profile: two instances of every service, started as the launcher starts them but with
 * only the production environment (no settable clock, no dev defaults), against one PostgreSQL database per service,
 * one Kafka broker and one SMTP server started apart from them. The speaker pool holds under concurrent registration
 * through both registration instances, and every email and every reminder goes out once although both notification
 * instances send and plan.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ScaleOutTest {

    private static final ZoneId GENEVA = ZoneId.of("Europe/Zurich");

    private Engines engines;
    private final Map<String, List<ServiceProcess>> instances = new LinkedHashMap<>();

    @BeforeAll
    void startTwoInstancesOfEveryService() throws Exception {
        Path data = Path.of("target/scale-out").toAbsolutePath();
        deleteRecursively(data);
        engines = Engines.start(Engines.Settings.ephemeral(data.resolve("engines")));
        Path logs = Files.createDirectories(data.resolve("logs"));
        LocalRun.STARTING.acquire();
        try {
            startTwoInstancesOfEach(data, logs);
        } finally {
            LocalRun.STARTING.release();
        }
    }

    private void startTwoInstancesOfEach(Path data, Path logs) throws Exception {
        List<ServiceProcess> all = new ArrayList<>();
        for (PlenaryLocal.Service service : PlenaryLocal.SERVICES) {
            engines.postgres().createDatabase(service.database());
            List<ServiceProcess> pair = new ArrayList<>();
            for (int replica = 1; replica <= 2; replica++) {
                PlenaryLocal.Service instance = new PlenaryLocal.Service(service.name() + "-" + replica,
                        service.database(), Ports.free());
                Map<String, String> env = new HashMap<>(PlenaryLocal.environment(instance, engines));
                env.remove("PLENARY_CLOCK_SETTABLE");
                // Configuration, not a switch: simulated time from the letter's days, as PLENARY_CLOCK_START allows.
                env.put("PLENARY_CLOCK_START", "2020-05-27T07:00:00Z");
                ServiceProcess process = new ServiceProcess(instance, service.jar(LocalRun.ROOT), logs, env, () -> "");
                process.start();
                pair.add(process);
                all.add(process);
            }
            instances.put(service.name(), pair);
        }
        for (ServiceProcess process : all) {
            process.awaitReady(Duration.ofMinutes(4));
        }
    }

    @AfterAll
    void stopEverything() {
        instances.values().stream().flatMap(List::stream).parallel().forEach(ServiceProcess::stop);
        if (engines != null) {
            engines.close();
        }
    }

    @Test
    void everyInstanceServesTheProbesTheManifestsName() throws IOException {
        for (Map.Entry<String, List<ServiceProcess>> service : instances.entrySet()) {
            String manifest = Files.readString(LocalRun.ROOT.resolve("deploy/k8s/base/" + service.getKey() + ".yaml"));
            Matcher probe = Pattern.compile("path: (/[\\w/]+)").matcher(manifest);
            int probes = 0;
            while (probe.find()) {
                for (int replica = 0; replica < 2; replica++) {
                    as(replica, service.getKey()).get(probe.group(1)).then().statusCode(200);
                }
                probes++;
            }
            assertThat(probes).as(service.getKey() + "'s probes").isEqualTo(3);
        }
    }

    @Test
    void twoInstancesOfEachServiceKeepTheLimitsAndSendEachEmailAndReminderOnce() throws Exception {
        // Production has no clock switch.
        as(0, "agenda-service").body("{\"advance\": \"PT1H\"}").put("/clock").then().statusCode(404)
                .body("type", equalTo("urn:plenary:problem:clock-not-settable"));

        // A deadline 24 hours and about a minute from now: its 24-hour reminder falls due during the test.
        Instant now = Instant.parse(as(0, "agenda-service").get("/clock").then().statusCode(200).extract().path("now"));
        ZonedDateTime deadline = now.plus(Duration.ofDays(1)).plusSeconds(90).atZone(GENEVA)
                .truncatedTo(ChronoUnit.MINUTES);
        as(1, "agenda-service").body(Map.of("date", deadline.toLocalDate().toString(),
                        "time", deadline.toLocalTime().toString(), "reason", "Scale-out rehearsal"))
                .put("/meetings/" + MEETING + "/contribution-deadline").then().statusCode(200);

        // The pool cut to 30 speakers; 30 delegations try 4 speakers each, alternately through both instances.
        Eventually.await("registration-service knows the meeting", () -> as(0, "registration-service")
                        .body("{\"speakers\": 30, \"viewers\": 2000, \"speakersPerDelegationMax\": 3}")
                        .put("/meetings/" + MEETING + "/capacity"),
                answer -> assertThat(answer.statusCode()).as(answer.asString()).isEqualTo(200));
        List<String> states = as(1, "registration-service").get("/member-states").then().statusCode(200).extract()
                .<List<String>>path("code").subList(0, 30);
        ExecutorService clients = Executors.newFixedThreadPool(16);
        List<Future<Integer>> attempts = new ArrayList<>();
        for (int attempt = 0; attempt < 120; attempt++) {
            String state = states.get(attempt % 30);
            int replica = attempt % 2;
            String email = "speaker" + attempt + "@" + state.toLowerCase() + ".example.org";
            attempts.add(clients.submit(() -> as(replica, "registration-service")
                    .body(Map.of("name", "Speaker " + email, "email", email, "function", "Councillor",
                            "language", "en", "role", "SPEAKER"))
                    .post("/meetings/" + MEETING + "/delegations/" + state + "/participants").statusCode()));
        }
        List<Integer> statuses = new ArrayList<>();
        for (Future<Integer> attempt : attempts) {
            statuses.add(attempt.get());
        }
        clients.shutdown();
        assertThat(statuses).containsOnly(201, 409);
        assertThat(Collections.frequency(statuses, 201)).isEqualTo(30);
        for (int replica = 0; replica < 2; replica++) {
            JsonPath capacity = as(replica, "registration-service").get("/meetings/" + MEETING + "/capacity")
                    .jsonPath();
            assertThat(capacity.getInt("speakers.used")).isEqualTo(30);
            List<Integer> perDelegation = capacity.getList("delegations.speakers", Integer.class);
            assertThat(perDelegation).allSatisfy(n -> assertThat(n).isLessThanOrEqualTo(3));
            assertThat(perDelegation.stream().mapToInt(Integer::intValue).sum()).isEqualTo(30);
        }

        // Each speaker-list change and each participant's link: one ledger row, sent, received once.
        assertEachKindSentAndReceivedOnce("SPEAKERS_CHANGED", 30);
        assertEachKindSentAndReceivedOnce("PARTICIPANT_LINK", 30);
        // The 24-hour reminder: one email per Council Member State (the seeded consultation's addressees), although
        // both instances plan and send.
        assertEachKindSentAndReceivedOnce("CONTRIBUTION_DEADLINE_REMINDER", 48);

        for (List<ServiceProcess> pair : instances.values()) {
            for (ServiceProcess process : pair) {
                assertThat(Files.readString(process.log())).as(process.log() + " in the production profile")
                        .contains("Profile prod activated")
                        .doesNotContain("Unrecognized configuration key")
                        .as("each replica started once, beside the other").doesNotContain("Failed to start");
            }
        }
    }

    /** The ledger (asked of both instances) holds {@code count} rows of the kind, all sent; each arrived once. */
    private void assertEachKindSentAndReceivedOnce(String kind, int count) {
        JsonPath ledger = Eventually.await(count + " " + kind + " emails sent", Duration.ofMinutes(3),
                () -> as(1, "notification-service").queryParam("kind", kind).queryParam("size", 200)
                        .get("/deliveries").then().statusCode(200).extract().jsonPath(),
                rows -> {
                    assertThat(rows.getInt("total")).isEqualTo(count);
                    assertThat(rows.getList("deliveries.status", String.class)).containsOnly("SENT");
                });
        assertThat(as(0, "notification-service").queryParam("kind", kind).get("/deliveries").then().extract()
                .<Integer>path("total")).isEqualTo(count);
        Map<String, List<String>> received = new HashMap<>();
        List<Map<String, Object>> rows = ledger.getList("deliveries");
        for (Map<String, Object> row : rows) {
            @SuppressWarnings("unchecked")
            List<String> to = (List<String>) row.get("to");
            for (String address : to) {
                List<String> ids = received.computeIfAbsent(address, a -> Mailbox.of(a, engines.mail().imapPort())
                        .messages().stream().map(Mailbox.Mail::messageId).toList());
                assertThat(ids).as(kind + " to " + address).containsOnlyOnce((String) row.get("messageId"));
            }
        }
    }

    private RequestSpecification as(int replica, String service) {
        ServiceProcess instance = instances.get(service).get(replica);
        return RestAssured.given().baseUri("http://localhost").port(instance.service().port())
                .contentType(ContentType.JSON).auth().oauth2(engines.tokens().secretariat());
    }

    /** A fresh start: the logs of an earlier run would otherwise be read as this one's. */
    private static void deleteRecursively(Path directory) throws IOException {
        if (Files.exists(directory)) {
            try (Stream<Path> paths = Files.walk(directory)) {
                for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(path);
                }
            }
        }
    }
}
