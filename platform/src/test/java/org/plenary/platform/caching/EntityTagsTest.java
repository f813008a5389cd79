package org.plenary.platform.caching;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class EntityTagsTest {

    private static final byte[] BODY = "{\"items\": []}".getBytes(StandardCharsets.UTF_8);
    private static final String TAG = EntityTags.of(BODY, "application/json", null);

    @Test
    void theTagFollowsTheBytesAndTheMetadataTheyAreSentWith() {
        assertThat(TAG).matches("\"[A-Za-z0-9_-]{22}\"")
                .isEqualTo(EntityTags.of(BODY.clone(), "application/json", null));
        assertThat(EntityTags.of(BODY, "text/csv", null)).isNotEqualTo(TAG);
        assertThat(EntityTags.of(BODY, "application/json", "zh")).isNotEqualTo(TAG);
        assertThat(EntityTags.of("{\"items\": [1]}".getBytes(StandardCharsets.UTF_8), "application/json", null))
                .isNotEqualTo(TAG);
    }

    @Test
    void ifNoneMatchComparesWeaklyAndTakesListsAndTheStar() {
        assertThat(EntityTags.noneMatchHits(List.of(TAG), TAG)).isTrue();
        assertThat(EntityTags.noneMatchHits(List.of("W/" + TAG), TAG)).isTrue();
        assertThat(EntityTags.noneMatchHits(List.of(TAG), "W/" + TAG)).isTrue();
        assertThat(EntityTags.noneMatchHits(List.of("\"a\", W/\"b,c\" ,\t" + TAG), TAG)).isTrue();
        assertThat(EntityTags.noneMatchHits(List.of("\"a\"", TAG), TAG)).isTrue();
        assertThat(EntityTags.noneMatchHits(List.of(" * "), TAG)).isTrue();
        assertThat(EntityTags.noneMatchHits(List.of("\"1\""), "\"1\"")).isTrue();
    }

    @Test
    void anythingElseMatchesNothing() {
        String opaque = TAG.substring(1, TAG.length() - 1);
        for (String header : List.of("", "\"a\"", opaque, "\"" + opaque, TAG + "x", "x" + TAG, "W/", "w/" + TAG,
                "\"a\" junk " + TAG, "\"" + opaque + "\"\"", "*, " + TAG.replace('"', '\''), "\u0000" + TAG)) {
            assertThat(EntityTags.noneMatchHits(List.of(header), TAG)).as(header).isFalse();
        }
        assertThat(EntityTags.noneMatchHits(null, TAG)).isFalse();
        assertThat(EntityTags.noneMatchHits(List.of("\"1\""), "\"12\"")).isFalse();
        assertThat(EntityTags.noneMatchHits(List.of("\"12\""), "\"1\"")).isFalse();
    }
}
