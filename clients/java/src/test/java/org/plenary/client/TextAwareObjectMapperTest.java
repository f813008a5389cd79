package org.plenary.client;

import com.fasterxml.jackson.core.type.TypeReference;
import org.junit.jupiter.api.Test;
import org.plenary.client.agenda.ApiClient;
import org.plenary.client.agenda.model.Meeting;

import java.time.OffsetDateTime;

import static org.assertj.core.api.Assertions.assertThat;

/** The generated clients read CSV, HTML and iCalendar answers through it as they came, and JSON as before. */
class TextAwareObjectMapperTest {

    private final TextAwareObjectMapper mapper = new TextAwareObjectMapper(ApiClient.createDefaultObjectMapper());

    @Test
    void aBodyThatIsNotJsonIsTheStringItself() throws Exception {
        String calendar = "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nEND:VCALENDAR\r\n";
        assertThat(mapper.readValue(calendar, new TypeReference<String>() { })).isEqualTo(calendar);
        assertThat(mapper.readValue("1,\"理事会\",C20/21\r\n", new TypeReference<String>() { }))
                .isEqualTo("1,\"理事会\",C20/21\r\n");
    }

    @Test
    void jsonIsReadAsTheGeneratedMapperReadsIt() throws Exception {
        assertThat(mapper.readValue("\"quoted\"", new TypeReference<String>() { })).isEqualTo("quoted");
        Meeting meeting = mapper.readValue("{\"id\":\"C20-VC\",\"contributionDeadline\":\"2020-06-02T22:00:00Z\","
                + "\"unknown\":1}", new TypeReference<Meeting>() { });
        assertThat(meeting.getId()).isEqualTo("C20-VC");
        assertThat(meeting.getContributionDeadline()).isEqualTo(OffsetDateTime.parse("2020-06-02T22:00:00Z"));
        assertThat(mapper.copy()).isInstanceOf(TextAwareObjectMapper.class);
    }
}
