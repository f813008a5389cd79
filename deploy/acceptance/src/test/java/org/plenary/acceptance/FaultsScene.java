package org.plenary.acceptance;

import org.plenary.acceptance.PatientClient.Attempt;
import org.plenary.acceptance.WritingStates.Write;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.plenary.acceptance.Api.AGENDA;
import static org.plenary.acceptance.Api.CONTRIBUTION;
import static org.plenary.acceptance.Api.NOTIFICATION;
import static org.plenary.acceptance.Api.REGISTRATION;
import static org.plenary.acceptance.Api.SECRETARIAT;

/**
 * Faults in the middle of a deadline, on the system as {@code ./plenary-local} runs it: the last scene but one of
 * {@link ConsultationAcceptanceTest}, on a meeting of its own, so the system it starts serves both. While eight member
 * states' systems submit contributions and register viewers ({@link WritingStates}, each a {@link PatientClient}), the
 * launcher's switches take Kafka away for 10 s, then PostgreSQL for 10 s; then contribution-service is killed
 * ({@code kill -9}; the launcher restarts it), then the SMTP server is away for 10 s. Nobody repairs anything.
 * Afterwards: every answer given was a 2xx or a problem (503 with Retry-After), never a 500 nor a hang; each write
 * answered 2xx exists once, announced by one event and mailed once to each recipient ({@link OncePerChange}); the
 * replicas of the other services agree with agenda-service; every service is ready within 60 s of the last fault.
 */
final class FaultsScene {

    static final String MEETING = "FAULTS-1";
    static final String CONTRIBUTIONS_MAILBOX = "contributions@faults.itu.int";
    private static final List<Integer> SERVICES = List.of(AGENDA, CONTRIBUTION, REGISTRATION, NOTIFICATION);
    private static final List<String> WITH_TOKENS = List.of("KEN", "BRA", "CHN", "FRA", "RUS", "USA");
    /** States whose systems have no token of their own: the secretariat writes for them. */
    private static final List<String> THROUGH_THE_SECRETARIAT = List.of("DEU", "GBR");
    private static final Duration READY_AFTER_THE_LAST_FAULT = Duration.ofSeconds(60);

    private final LocalRun run;
    private final Api api;
    private final PatientClient client = new PatientClient();
    /** When each step of the scene began, in seconds from its start: printed at the end. */
    private final Map<String, Long> timeline = new LinkedHashMap<>();
    private Instant start;

    FaultsScene(LocalRun run, Api api) {
        this.run = run;
        this.api = api;
    }

    /** The whole scene, asserting as it goes. */
    void eachWriteHappensOnceThroughKafkaPostgresqlAKilledServiceAndSmtpAway() throws Exception {
        start = Instant.now();
        scheduleTheMeeting();
        Map<String, String> tokens = new LinkedHashMap<>();
        WITH_TOKENS.forEach(state -> tokens.put(state, run.token(state)));
        THROUGH_THE_SECRETARIAT.forEach(state -> tokens.put(state, run.secretariat()));
        WritingStates states = WritingStates.start(client, MEETING, tokens);
        Eventually.await("every state has written", states::ended, ended -> assertThat(ended).isGreaterThan(8));

        // Kafka away: the services answer and write as usual, their events wait in the outboxes; meanwhile the
        // secretariat extends the deadline, puts item 4 on the agenda and enlarges the pools.
        api.engine("kafka", "stop");
        Instant kafkaAway = mark("Kafka away");
        secretariat("PUT", AGENDA, "/meetings/" + MEETING + "/contribution-deadline",
                "{\"date\": \"2020-07-17\", \"reason\": \"Extended while Kafka was away\"}", 200);
        secretariat("POST", AGENDA, "/meetings/" + MEETING + "/agenda/items", item(4), 201);
        secretariat("PATCH", AGENDA, "/meetings/" + MEETING, "{\"capacity\": " + capacity(60, 1500) + "}", 200);
        Eventually.await("the outboxes hold the writes' events", Duration.ofSeconds(15), () -> List.of(
                        Monitoring.gauge(CONTRIBUTION, "plenary_outbox_waiting"),
                        Monitoring.gauge(REGISTRATION, "plenary_outbox_waiting")),
                waiting -> assertThat(waiting).allSatisfy(events -> assertThat(events).isPositive()));
        holdUntil(kafkaAway.plusSeconds(10));
        api.engine("kafka", "start");
        Eventually.await("the outboxes are published", () -> SERVICES.stream()
                        .map(port -> Monitoring.group(port, "outbox")).toList(),
                outboxes -> assertThat(outboxes).allSatisfy(outbox -> assertThat(outbox).contains("\"UP\"")
                        .contains("\"waiting\": 0")));

        // PostgreSQL away: 503s with Retry-After, retried with the same key; item 5, put on the agenda meanwhile,
        // goes on once the database is back.
        api.engine("postgres", "stop");
        Instant postgresAway = mark("PostgreSQL away");
        CompletableFuture<Void> itemFive = CompletableFuture.runAsync(() -> secretariat("POST", AGENDA,
                "/meetings/" + MEETING + "/agenda/items", item(5), 201));
        // Each says so in turn (a probe may take seconds to give up on the database); the outage lasts until all
        // have, and 10 s at least.
        for (int port : SERVICES) {
            Eventually.await(":" + port + " is not ready", Duration.ofSeconds(30), () -> Monitoring.ready(port),
                    ready -> assertThat(ready).isEqualTo(503));
        }
        holdUntil(postgresAway.plusSeconds(10));
        api.engine("postgres", "start");
        Eventually.await("every service is ready again", () -> SERVICES.stream().map(Monitoring::ready).toList(),
                ready -> assertThat(ready).containsOnly(200));

        // contribution-service killed; the launcher restarts it.
        mark("contribution-service killed");
        assertThat(run.service("contribution-service").destroyForcibly()).isTrue();
        Eventually.await("the launcher restarts contribution-service", () -> run.output().stream()
                        .anyMatch(line -> line.startsWith("Plenary: contribution-service exited")),
                restarted -> assertThat(restarted).isTrue());

        // SMTP away: the emails wait in the ledger.
        api.engine("smtp", "stop");
        Instant smtpAway = mark("SMTP away");
        Eventually.await("the ledger shows an email waiting for the relay", Duration.ofSeconds(15),
                () -> api.as(SECRETARIAT, NOTIFICATION).queryParam("meetingId", MEETING).queryParam("status", "FAILED")
                        .get("/deliveries").then().statusCode(200).extract().jsonPath(),
                failed -> assertThat(failed.getList("deliveries.lastError", String.class)).isNotEmpty()
                        .allSatisfy(error -> assertThat(error).isNotBlank()));
        holdUntil(smtpAway.plusSeconds(10));
        api.engine("smtp", "start");
        Instant faultsOver = mark("SMTP back: the faults are over");

        Eventually.await("every service is ready within " + READY_AFTER_THE_LAST_FAULT.toSeconds()
                + " s of the last fault", READY_AFTER_THE_LAST_FAULT, () -> SERVICES.stream().map(Monitoring::ready)
                .toList(), ready -> assertThat(ready).containsOnly(200));
        Duration readyAfter = Duration.between(faultsOver, Instant.now());
        int endedDuringTheFaults = states.ended();
        Eventually.await("the states write on", states::ended,
                ended -> assertThat(ended).isGreaterThan(endedDuringTheFaults + tokens.size()));
        List<Write> writes = states.stop();
        itemFive.join();

        List<Attempt> attempts = client.attempts();
        System.out.println(summary(writes, attempts, readyAfter));
        assertEveryAnswerWasASuccessOrAProblem(attempts);
        OncePerChange once = new OncePerChange(api, MEETING, writes);
        mark("the writes read back");
        once.assertEachWriteExistsOnce(client, tokens);
        mark("waiting for the outboxes and consumers");
        awaitSettled();
        mark("the events read back");
        once.assertOneEventPerChange();
        mark("the emails read back");
        once.assertOneEmailPerEventAndRecipient();
        mark("the replicas compared");
        Replicas.assertTheyAgreeWithAgendaService(api, MEETING, writes);
        mark("done");
        System.out.println("  timeline (s): " + timeline);
    }

    private Instant mark(String step) {
        Instant now = Instant.now();
        timeline.put(step, Duration.between(start, now).toSeconds());
        return now;
    }

    // --- the scene's steps ---

    private void scheduleTheMeeting() {
        secretariat("POST", AGENDA, "/meetings", """
                {"id": "%s", "title": {"en": "Faults in the middle of a deadline"}, "timeZone": "Europe/Zurich",
                 "startsOn": "2020-07-20", "contributionDeadlineDate": "2020-07-10",
                 "mailboxes": {"contributions": "%s", "speakerRegistration": "speakers@faults.itu.int",
                               "speakerRegistrationCc": "remote@faults.itu.int",
                               "secretariat": "secretariat@faults.itu.int"},
                 "capacity": %s}""".formatted(MEETING, CONTRIBUTIONS_MAILBOX, capacity(50, 1000)), 201);
        for (int number = 1; number <= 3; number++) {
            secretariat("POST", AGENDA, "/meetings/" + MEETING + "/agenda/items", item(number), 201);
        }
        Eventually.await("contribution-service knows the three items", () -> api.as(SECRETARIAT, CONTRIBUTION)
                        .get("/meetings/" + MEETING + "/agenda-items").then().statusCode(200).extract()
                        .jsonPath().getList("number", Integer.class),
                numbers -> assertThat(numbers).containsExactly(1, 2, 3));
        Eventually.await("registration-service has opened the pools", () -> api.as(SECRETARIAT, REGISTRATION)
                        .get("/meetings/" + MEETING + "/capacity").then().statusCode(200).extract().jsonPath(),
                pools -> assertThat(pools.getInt("viewers.capacity")).isEqualTo(1000));
    }

    private static String item(int number) {
        return "{\"number\": " + number + ", \"title\": {\"en\": \"Item " + number + " of the rehearsal\"}, "
                + "\"documentReference\": \"C21/" + number + "\", \"outcome\": \"DECISION\"}";
    }

    private static String capacity(int speakers, int viewers) {
        return "{\"speakers\": " + speakers + ", \"viewers\": " + viewers + ", \"speakersPerDelegationMin\": 1, "
                + "\"speakersPerDelegationMax\": 3}";
    }

    /** The secretariat's change, retried as any client does, which must end with {@code expected}. */
    private void secretariat(String method, int port, String path, String json, int expected) {
        try {
            PatientClient.Answer answer = client.send(run.secretariat(), method, port, path, null, json);
            assertThat(answer.status()).as(method + " " + path + ": " + answer.response().body()).isEqualTo(expected);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /**
     * The fault lasts until then (the scene is real time by nature), and all along every answer the writing states
     * get is a success or a problem.
     */
    private void holdUntil(Instant end) {
        Duration left = Duration.between(Instant.now(), end);
        if (left.compareTo(Duration.ofSeconds(1)) < 0) {
            return;
        }
        await().during(left).atMost(left.plusSeconds(15)).pollInterval(Duration.ofSeconds(1))
                .untilAsserted(() -> assertEveryAnswerWasASuccessOrAProblem(client.attempts()));
    }

    // --- what the scene asserts ---

    /**
     * A 2xx; or a 4xx problem; or a 503 problem with Retry-After. A broken connection only from the service that was
     * killed, and no request waiting past the client's timeout.
     */
    private static void assertEveryAnswerWasASuccessOrAProblem(List<Attempt> attempts) {
        assertThat(attempts).as("answers other than a 2xx, a 4xx problem or a 503 problem with Retry-After")
                .allSatisfy(attempt -> {
                    if (attempt.status() < 0) {
                        assertThat(attempt.timedOut()).as(attempt.toString()).isFalse();
                        assertThat(attempt.port()).as(attempt.toString()).isEqualTo(CONTRIBUTION);
                    } else if (attempt.status() / 100 != 2) {
                        assertThat(attempt.status()).as(attempt.toString()).isBetween(400, 503)
                                .matches(status -> status < 500 || status == 503);
                        assertThat(attempt.contentType()).as(attempt.toString()).startsWith("application/problem+json");
                        if (attempt.status() == 503) {
                            assertThat(attempt.retryAfter()).as(attempt.toString()).isNotNull();
                        }
                    }
                });
    }

    /** Every outbox published and every consumer at work: what the system had to catch up on, it has. */
    private void awaitSettled() {
        Eventually.await("every outbox published, no consumer retrying", Duration.ofMinutes(2),
                () -> SERVICES.stream().map(port -> Monitoring.group(port, "outbox")
                        + Monitoring.group(port, "consumers")).toList(),
                groups -> assertThat(groups).allSatisfy(g -> assertThat(g).doesNotContain("\"DOWN\"")
                        .contains("\"waiting\": 0")));
    }

    private static String summary(List<Write> writes, List<Attempt> attempts, Duration readyAfter) {
        Map<String, Long> answers = attempts.stream().collect(Collectors.groupingBy(a -> ":" + a.port() + " "
                + (a.status() < 0 ? "no answer" : a.status()), TreeMap::new, Collectors.counting()));
        Map<String, Long> longest = attempts.stream().collect(Collectors.groupingBy(a -> ":" + a.port(),
                TreeMap::new, Collectors.mapping(a -> a.took().toMillis(), Collectors.reducing(0L, Math::max))));
        return "Faults scene: " + writes.size() + " writes (" + writes.stream().filter(w -> w.attempts() > 1).count()
                + " retried, " + writes.stream().filter(Write::replayed).count() + " answered by a replay of an "
                + "earlier attempt); every service ready " + readyAfter.toSeconds() + " s after the last fault\n"
                + "  attempts by service and answer: " + answers + "\n"
                + "  the longest wait for an answer, in ms, by service: " + longest;
    }
}
