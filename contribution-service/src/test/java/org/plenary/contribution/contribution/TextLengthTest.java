package org.plenary.contribution.contribution;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;

import static org.assertj.core.api.Assertions.assertThat;

class TextLengthTest {

    @Test
    void wordsAreRunsBetweenSpacesThatHoldALetterOrDigit() {
        TextLength.Measure measure = TextLength.of("ITU-R  Study Group 5 — (a) ", "l'Union  internationale\n\n§ 3.1");
        assertThat(measure.words()).isEqualTo(8);
        assertThat(measure.estimatedPages()).isEqualByComparingTo(new BigDecimal("0.1"));
    }

    @Test
    void chineseIsCountedByCharacterAtEightHundredAPage() {
        TextLength.Measure measure = TextLength.of("我们支持该报告。".repeat(200));
        assertThat(measure.words()).isEqualTo(1_400);
        assertThat(measure.estimatedPages()).isEqualByComparingTo(new BigDecimal("1.8"));
        assertThat(measure.overRecommendation()).isFalse();
    }

    @Test
    void overTwoPagesIsOverTheRecommendation() {
        assertThat(TextLength.of("word ".repeat(1_000)).overRecommendation()).isFalse();
        TextLength.Measure measure = TextLength.of("word ".repeat(1_001));
        assertThat(measure.estimatedPages()).isEqualByComparingTo(new BigDecimal("2.1"));
        assertThat(measure.overRecommendation()).isTrue();
    }

    @Test
    void arabicAndRussianWordsCountLikeAnyOther() {
        assertThat(TextLength.of("نؤيد التقرير", "Мы поддерживаем доклад").words()).isEqualTo(5);
    }
}
