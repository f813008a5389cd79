package org.plenary.platform.time;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;

import static org.assertj.core.api.Assertions.assertThat;

class EndOfDayTest {

    private static final ZoneId GENEVA = ZoneId.of("Europe/Zurich");

    @Test
    void theLettersDeadlineEndsAtMidnightGenevaTime() {
        assertThat(EndOfDay.of(LocalDate.of(2020, 6, 2), GENEVA)).isEqualTo(Instant.parse("2020-06-02T22:00:00Z"));
    }

    @Test
    void aDayThatLosesAnHourToSummerTimeStillEndsAtTheNextMidnight() {
        assertThat(EndOfDay.of(LocalDate.of(2020, 3, 28), GENEVA)).isEqualTo(Instant.parse("2020-03-28T23:00:00Z"));
        assertThat(EndOfDay.of(LocalDate.of(2020, 3, 29), GENEVA)).isEqualTo(Instant.parse("2020-03-29T22:00:00Z"));
    }

    @Test
    void midnightIsReadBackAsTheEndOfTheDayBeforeAndAnyOtherTimeAsItself() {
        ZonedDateTime midnight = Instant.parse("2020-06-02T22:00:00Z").atZone(GENEVA);
        assertThat(EndOfDay.dayEndingAt(midnight)).contains(LocalDate.of(2020, 6, 2));
        assertThat(EndOfDay.dayEndingAt(midnight.plusMinutes(1))).isEmpty();
        assertThat(EndOfDay.dayEndingAt(midnight.minusHours(12))).isEmpty();
    }
}
