package org.plenary.contribution;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.plenary.events.EventEnvelope;
import org.plenary.events.Topics;
import org.plenary.events.registration.ContactPersonsChanged;
import org.plenary.infra.Engines;
import org.plenary.infra.TopicProbe;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/** A member state's category announced on registration.events as registration-service would, not waited for. */
public final class TestDirectory {

    private static final ObjectMapper MAPPER = new ObjectMapper().findAndRegisterModules();

    private TestDirectory() {
    }

    /**
     * @param category {@link ContactPersonsChanged#COUNCIL_MEMBER_STATE} or {@link ContactPersonsChanged#MEMBER_STATE}
     */
    public static void category(String memberState, String category) {
        ContactPersonsChanged changed = new ContactPersonsChanged(memberState, "State " + memberState,
                List.of(new ContactPersonsChanged.ContactPerson("Focal point",
                        "focal.point@" + memberState.toLowerCase() + ".example.org", "en")),
                "secretariat@itu.example.org", Instant.now(), category);
        EventEnvelope event = EventEnvelope.of(ContactPersonsChanged.TYPE, "registration-service", memberState,
                Instant.now(), MAPPER.valueToTree(changed));
        try {
            TopicProbe.send(Engines.shared().kafka().bootstrapServers(), Topics.REGISTRATION, memberState,
                    MAPPER.writeValueAsString(event), Map.of());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
