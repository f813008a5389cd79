package org.plenary.registration.directory;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Map;

/** The directory's seed as the service loads it (src/main/resources/seed/member-states.json), for the tests. */
final class SeedStates {

    static final String COUNCIL = "COUNCIL_MEMBER_STATE";
    static final String MEMBER = "MEMBER_STATE";

    private SeedStates() {
    }

    static JsonNode states() {
        try (InputStream in = SeedStates.class.getClassLoader().getResourceAsStream("seed/member-states.json")) {
            return new ObjectMapper().readTree(in).get("states");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Each seeded state's category, by code, in the seed's order. */
    static Map<String, String> categories() {
        Map<String, String> categories = new LinkedHashMap<>();
        states().forEach(state -> categories.put(state.get("code").asText(), state.get("category").asText()));
        return categories;
    }
}
