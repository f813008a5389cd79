package org.plenary.dashboard.i18n;

import io.quarkus.qute.i18n.Message;
import org.junit.jupiter.api.Test;
import org.plenary.client.agenda.model.AgendaItem;
import org.plenary.client.agenda.model.Outcome;
import org.plenary.client.agenda.model.Venue;
import org.plenary.client.registration.model.Participant;

import java.io.IOException;
import java.io.Reader;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** Every label in all six languages, with the same placeholders, and every label a page asks for exists. */
class LabelsTest {

    private static final Path MESSAGES = Path.of("src/main/resources/messages");
    private static final Path TEMPLATES = Path.of("src/main/resources/templates");
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\w+)}");

    @Test
    void everyLabelIsTranslatedIntoTheFiveOtherLanguagesWithTheSamePlaceholders() throws IOException {
        Map<String, String> english = english();
        for (Language language : Language.values()) {
            if (language == Language.en) {
                continue;
            }
            Properties translated = new Properties();
            try (Reader reader = Files.newBufferedReader(MESSAGES.resolve("msg_" + language.code() + ".properties"),
                    StandardCharsets.UTF_8)) {
                translated.load(reader);
            }
            assertThat(translated.stringPropertyNames()).as(language + "'s keys").isEqualTo(english.keySet());
            english.forEach((key, text) -> {
                String translation = translated.getProperty(key);
                assertThat(translation).as(language + " " + key).isNotBlank();
                assertThat(placeholders(translation)).as(language + " " + key + "'s placeholders")
                        .isEqualTo(placeholders(text));
            });
        }
    }

    @Test
    void everyLabelAPageNamesExists() throws IOException {
        Set<String> keys = english().keySet();
        Set<String> named = new TreeSet<>();
        Pattern label = Pattern.compile("\\{msg:(?!message\\()(\\w+)");
        try (Stream<Path> templates = Files.list(TEMPLATES)) {
            for (Path template : templates.toList()) {
                Matcher matcher = label.matcher(Files.readString(template));
                while (matcher.find()) {
                    named.add(matcher.group(1));
                }
            }
        }
        assertThat(keys).containsAll(named);
    }

    @Test
    void everyValueAPageNamesHasALabel() throws IOException {
        Set<String> keys = english().keySet();
        Set<String> needed = new TreeSet<>();
        Arrays.stream(Outcome.values()).forEach(v -> needed.add("outcome_" + v));
        Arrays.stream(Venue.values()).forEach(v -> needed.add("venue_" + v));
        Arrays.stream(AgendaItem.OutcomeEnum.values()).forEach(v -> needed.add("outcome_" + v));
        Arrays.stream(Participant.RoleEnum.values()).forEach(v -> needed.add("role_" + v));
        Arrays.stream(Participant.StatusEnum.values()).forEach(v -> needed.add("participant_" + v));
        Arrays.stream(org.plenary.client.contribution.model.Contribution.StatusEnum.values())
                .forEach(v -> needed.add("contribution_" + v));
        Arrays.stream(org.plenary.client.agenda.model.Agenda.StatusEnum.values()).forEach(v -> needed.add("agenda_" + v));
        Arrays.stream(org.plenary.client.agenda.model.TimePlan.StatusEnum.values())
                .forEach(v -> needed.add("plan_" + v));
        Stream.of("PENDING", "SENT", "FAILED", "DEAD").forEach(s -> needed.add("status_" + s));
        Stream.of("REQUESTED", "GRANTED", "REFUSED").forEach(s -> needed.add("request_" + s));
        Arrays.stream(org.plenary.client.notification.model.Reminder.StateEnum.values())
                .forEach(v -> needed.add("reminder_state_" + v));
        needed.add("warning_LATE_ACCEPTANCE_NOT_NEEDED");
        Stream.of("CONTRIBUTION_DEADLINE", "SPEAKER_DESIGNATION").forEach(k -> needed.add("reminder_" + k));
        org.plenary.dashboard.pages.EmailsPage.KINDS.forEach(k -> needed.add("kind_" + k));
        assertThat(keys).containsAll(needed);
    }

    private static Map<String, String> english() {
        Map<String, String> english = new TreeMap<>();
        for (Method method : Labels.class.getDeclaredMethods()) {
            english.put(method.getName(), method.getAnnotation(Message.class).value());
        }
        return english;
    }

    private static Set<String> placeholders(String text) {
        Set<String> found = new TreeSet<>();
        Matcher matcher = PLACEHOLDER.matcher(text);
        while (matcher.find()) {
            found.add(matcher.group(1));
        }
        return found;
    }
}
