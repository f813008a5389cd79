package org.plenary.agenda.agenda;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import static org.assertj.core.api.Assertions.assertThat;

/** What the agenda's remembered representations give back, and when they are made again (no Quarkus, no database). */
class AgendaRepresentationsTest {

    private final AgendaRepresentations representations = new AgendaRepresentations(null, new ObjectMapper());
    private final List<String> made = new ArrayList<>();

    private Supplier<Object> view(String name) {
        return () -> {
            made.add(name);
            return Map.of("made", name);
        };
    }

    private static AgendaRepresentations.Key key(String meetingId, long revision, String sight) {
        return new AgendaRepresentations.Key(meetingId, revision, sight, "en");
    }

    @Test
    void theSameKeyGivesTheSameBytesMadeOnce() {
        byte[] first = representations.json(key("C20-VC", 3, "state KEN"), view("first"));
        byte[] again = representations.json(key("C20-VC", 3, "state KEN"), view("again"));

        assertThat(new String(again)).isEqualTo("{\"made\":\"first\"}");
        assertThat(again).isSameAs(first);
        assertThat(made).containsExactly("first");
    }

    @Test
    void anotherCallerOrRevisionOrLanguageIsAnotherRepresentationWithAnotherTag() {
        AgendaRepresentations.Key kenya = key("C20-VC", 3, "state KEN");
        List<AgendaRepresentations.Key> others = List.of(key("C20-VC", 3, "state CHN"), key("C20-VC", 4, "state KEN"),
                key("C20-VC", 3, "secretariat"), new AgendaRepresentations.Key("C20-VC", 3, "state KEN", "zh"),
                key("OTHER", 3, "state KEN"));
        representations.json(kenya, view("kenya"));
        others.forEach(other -> representations.json(other, view(other.toString())));

        assertThat(made).hasSize(1 + others.size());
        assertThat(others).allSatisfy(other -> assertThat(other.tag()).isNotEqualTo(kenya.tag()));
        assertThat(kenya.tag()).isEqualTo(key("C20-VC", 3, "state KEN").tag()).matches("\"[A-Za-z0-9_-]{22}\"");
    }

    @Test
    void aNewerRevisionOfTheMeetingForgetsTheOlderOnes() {
        representations.json(key("C20-VC", 3, "state KEN"), view("3"));
        representations.json(key("OTHER", 1, "state KEN"), view("other"));
        representations.json(key("C20-VC", 4, "state CHN"), view("4"));

        representations.json(key("C20-VC", 3, "state KEN"), view("3 again"));
        representations.json(key("OTHER", 1, "state KEN"), view("other again"));

        assertThat(made).containsExactly("3", "other", "4", "3 again");
    }

    @Test
    void beyondItsBoundTheLeastRecentlyUsedIsMadeAgain() {
        for (int i = 0; i <= AgendaRepresentations.MAX_REMEMBERED; i++) {
            representations.json(key("M" + i, 1, "secretariat"), view("M" + i));
        }
        representations.json(key("M1", 1, "secretariat"), view("M1 again"));
        representations.json(key("M0", 1, "secretariat"), view("M0 again"));

        assertThat(made).hasSize(AgendaRepresentations.MAX_REMEMBERED + 2).endsWith("M0 again");
    }
}
