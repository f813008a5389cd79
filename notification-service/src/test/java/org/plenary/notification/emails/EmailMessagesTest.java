package org.plenary.notification.emails;

import io.quarkus.qute.i18n.Message;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Each translation of the emails' sentences against {@link EmailMessages}, without Quarkus: a sentence missing in a
 * language would silently go out in English, and a placeholder renamed or dropped would lose a name or a date.
 */
class EmailMessagesTest {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\w+)}");

    /** Every sentence in English, by method name: the annotation's text. */
    private static final Map<String, String> ENGLISH = Arrays.stream(EmailMessages.class.getDeclaredMethods())
            .filter(method -> method.isAnnotationPresent(Message.class))
            .collect(Collectors.toMap(Method::getName, method -> method.getAnnotation(Message.class).value(),
                    (a, b) -> a, TreeMap::new));

    @ParameterizedTest
    @ValueSource(strings = {"ar", "zh", "fr", "ru", "es"})
    void everySentenceIsTranslatedWithTheEnglishPlaceholders(String language) throws IOException {
        assertThat(ENGLISH).hasSize(EmailMessages.class.getDeclaredMethods().length);
        Properties translation = load(language);

        assertThat(translation.stringPropertyNames())
                .as("keys of msg_%s.properties that are not methods of EmailMessages", language)
                .isSubsetOf(ENGLISH.keySet());
        ENGLISH.forEach((key, english) -> {
            String text = translation.getProperty(key);
            assertThat(text).as("%s in msg_%s.properties", key, language).isNotBlank();
            assertThat(placeholders(text)).as("placeholders of %s in msg_%s.properties", key, language)
                    .isEqualTo(placeholders(english));
        });
    }

    private static Properties load(String language) throws IOException {
        String name = "messages/msg_" + language + ".properties";
        try (InputStream in = EmailMessagesTest.class.getClassLoader().getResourceAsStream(name)) {
            assertThat(in).as(name).isNotNull();
            Properties properties = new Properties();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            return properties;
        }
    }

    private static Set<String> placeholders(String text) {
        Matcher matcher = PLACEHOLDER.matcher(text);
        return matcher.results().map(match -> match.group(1)).collect(Collectors.toSet());
    }
}
