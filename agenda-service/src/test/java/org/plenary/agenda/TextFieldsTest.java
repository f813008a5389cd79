package org.plenary.agenda;

import org.junit.jupiter.api.Test;
import org.plenary.infra.TextFields;

import static org.assertj.core.api.Assertions.assertThat;

/** Every text a request body carries refuses control characters: it is declared @SingleLine or @MultiLine. */
class TextFieldsTest {

    @Test
    void everyTextOfEveryRequestBodyIsASingleLineOrAMultiLineText() {
        assertThat(TextFields.unmarked("org.plenary.agenda")).isEmpty();
    }
}
