package org.plenary.acceptance;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import static org.plenary.acceptance.Api.CONTRIBUTION;
import static org.plenary.acceptance.Api.REGISTRATION;

/**
 * Member states' systems writing at a steady pace, one thread each: in turn a contribution on one of the meeting's
 * first three items and a viewer of their delegation, each with an {@code Idempotency-Key} of its own, each read back
 * once created. A state without a printed token has the secretariat write for it, as the letter allows. Every write
 * is kept with the answer it ended with.
 */
final class WritingStates {

    /** One thread writes once per this interval: a steady stream, light enough for the emails each write makes. */
    private static final Duration PACE = Duration.ofSeconds(2);

    enum Kind { CONTRIBUTION, VIEWER }

    /**
     * A write and the answer it ended with: {@code id} of what it created, when 2xx, and the status of reading it
     * back.
     */
    record Write(Kind kind, String state, String key, String body, int status, String id, int attempts,
                 boolean replayed, int readBack) {

        /** The service it was sent to. */
        int port() {
            return kind == Kind.CONTRIBUTION ? CONTRIBUTION : REGISTRATION;
        }

        /** Where it was posted. */
        String path(String meeting) {
            return kind == Kind.CONTRIBUTION ? "/meetings/" + meeting + "/contributions"
                    : "/meetings/" + meeting + "/delegations/" + state + "/participants";
        }
    }

    private final PatientClient client;
    private final String meeting;
    private final Map<String, String> tokens;
    private final Queue<Write> writes = new ConcurrentLinkedQueue<>();
    private final AtomicBoolean stopping = new AtomicBoolean();
    private final ExecutorService threads;
    private final List<Future<?>> running = new ArrayList<>();

    /** @param tokens the token each state writes with, by state */
    private WritingStates(PatientClient client, String meeting, Map<String, String> tokens) {
        this.client = client;
        this.meeting = meeting;
        this.tokens = tokens;
        this.threads = Executors.newFixedThreadPool(tokens.size());
    }

    static WritingStates start(PatientClient client, String meeting, Map<String, String> tokens) {
        WritingStates states = new WritingStates(client, meeting, tokens);
        List<String> each = List.copyOf(tokens.keySet());
        for (int i = 0; i < each.size(); i++) {
            String state = each.get(i);
            // Half the states start with a contribution, half with a viewer: both services are written to always.
            int first = i % 2;
            states.running.add(states.threads.submit(() -> states.write(state, first)));
        }
        return states;
    }

    /** How many writes have ended so far. */
    int ended() {
        return writes.size();
    }

    /** Lets each thread end its write in flight, and returns every write. */
    List<Write> stop() throws Exception {
        stopping.set(true);
        for (Future<?> thread : running) {
            thread.get(5, TimeUnit.MINUTES);
        }
        threads.shutdown();
        return List.copyOf(writes);
    }

    private Void write(String state, int first) throws InterruptedException {
        long next = System.nanoTime();
        for (int n = 1; !stopping.get(); n++) {
            writes.add((n + first) % 2 == 1 ? contribution(state, n) : viewer(state, n));
            next += PACE.toNanos();
            TimeUnit.NANOSECONDS.sleep(Math.max(0, next - System.nanoTime()));
        }
        return null;
    }

    private Write contribution(String state, int n) throws InterruptedException {
        String body = """
                {"submittingMemberStates": ["%s"], "title": "Written through the outages: %s %d",
                 "documentReference": "C21/%d", "commentsOnDocument": "We support the report.",
                 "proposedWayForward": "Council notes the report.", "language": "en",
                 "contact": {"name": "Focal point", "email": "focal.point@%s.example.org"}}"""
                .formatted(state, state, n, 1 + n % 3, state.toLowerCase());
        return create(Kind.CONTRIBUTION, state, body);
    }

    private Write viewer(String state, int n) throws InterruptedException {
        String body = """
                {"name": "Viewer %s %d", "email": "%s", "function": "Delegate", "language": "en",
                 "role": "VIEWER"}""".formatted(state, n, viewerEmail(state, n));
        return create(Kind.VIEWER, state, body);
    }

    static String viewerEmail(String state, int n) {
        return "viewer" + n + "@" + state.toLowerCase() + ".faults.example.org";
    }

    /** Creates, retrying with one key, then reads what was created back (retrying likewise). */
    private Write create(Kind kind, String state, String body) throws InterruptedException {
        String key = UUID.randomUUID().toString();
        Write write = new Write(kind, state, key, body, 0, null, 0, false, 0);
        String path = write.path(meeting);
        PatientClient.Answer answer = client.send(tokens.get(state), "POST", write.port(), path, key, body);
        String id = answer.status() / 100 == 2 ? answer.body().path("id").asText() : null;
        int readBack = id == null ? 0 : client.send(tokens.get(state), "GET", write.port(), path + "/" + id, null,
                null).status();
        return new Write(kind, state, key, body, answer.status(), id, answer.attempts(), answer.replayed(),
                readBack);
    }
}
