package org.plenary.bench;

/** What the benchmark asks of the services: the URLs and bodies a member state's system would send. */
final class Requests {

    /** The seeded 2020 consultation. */
    static final String MEETING = "C20-VC";
    /** P5's own meeting, so its 1,000th registration is the meeting's 1,000th. */
    static final String SCALE_MEETING = "BENCH-SCALE";

    private Requests() {
    }

    static String contributions() {
        return BenchSystem.CONTRIBUTION + "/meetings/" + MEETING + "/contributions";
    }

    static String capacity(String meeting) {
        return BenchSystem.REGISTRATION + "/meetings/" + meeting + "/capacity";
    }

    /** A contribution by the letter's template, as a member state's system sends it. */
    static String contribution(String state, String title) {
        return """
                {"submittingMemberStates": ["%s"], "title": "%s", "documentReference": "C20/55",
                 "commentsOnDocument": "The member state supports the report and asks for a virtual preparatory meeting.",
                 "proposedWayForward": "Council notes the report and instructs the secretariat to organise the meeting.",
                 "language": "en", "contact": {"name": "Benchmark contact", "email": "contact@bench.example.org"}}"""
                .formatted(state, title);
    }

    /** A viewer's registration, for Gatling: each caller registers for its own state, each request a new person. */
    static Load.Endpoint registration(String baseUrl, String meeting) {
        return Load.Endpoint.post(baseUrl, "/meetings/" + meeting + "/delegations/#{state}/participants",
                "{\"name\": \"Viewer #{n}\", \"email\": \"viewer-#{n}@#{state}.bench.example.org\", "
                        + "\"function\": \"Observer\", \"language\": \"en\", \"role\": \"VIEWER\"}", 201);
    }
}
