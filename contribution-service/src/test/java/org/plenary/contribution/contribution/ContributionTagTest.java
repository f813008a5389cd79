package org.plenary.contribution.contribution;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** A contribution's tag as a member state's system sends it back, without starting anything. */
class ContributionTagTest {

    private static Contribution at(int revision, Contribution.Status status) {
        Contribution contribution = new Contribution();
        contribution.revision = revision;
        contribution.status = status;
        return contribution;
    }

    @Test
    void theTagIsTheRevisionWhileRevisableAndNamesTheStatusAfter() {
        assertThat(ContributionTag.of(at(3, Contribution.Status.SUBMITTED))).isEqualTo("3");
        assertThat(ContributionTag.of(at(3, Contribution.Status.PUBLISHED))).isEqualTo("3-published");
        assertThat(ContributionTag.of(at(4, Contribution.Status.WITHDRAWN))).isEqualTo("4-withdrawn");
    }

    @Test
    void ifMatchComparesRevisionsStrongly() {
        Contribution third = at(3, Contribution.Status.SUBMITTED);
        assertThat(ContributionTag.matchesRevision(null, third)).isTrue();
        assertThat(ContributionTag.matchesRevision("*", third)).isTrue();
        assertThat(ContributionTag.matchesRevision("\"3\"", third)).isTrue();
        assertThat(ContributionTag.matchesRevision("\"2\", \"3\"", third)).isTrue();
        assertThat(ContributionTag.matchesRevision("\"2\"", third)).isFalse();
        assertThat(ContributionTag.matchesRevision("W/\"3\"", third)).as("a weak tag never matches").isFalse();
        assertThat(ContributionTag.matchesRevision("3", third)).as("not a tag").isFalse();
        assertThat(ContributionTag.matchesRevision("\"\"", third)).isFalse();
    }
}
