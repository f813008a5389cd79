package org.plenary.events.sealing;

import org.junit.jupiter.api.Test;

import java.util.Base64;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SealerTest {

    private static final String LINK = "https://plenary.itu.example.org/registration/join/Zm9vYmFy";

    private static String key(int fill) {
        byte[] key = new byte[32];
        java.util.Arrays.fill(key, (byte) fill);
        return Base64.getEncoder().encodeToString(key);
    }

    private static Sealer sealer(String... keys) {
        return new Sealer(new SealingConfig() {
            @Override
            public Optional<List<String>> keys() {
                return Optional.of(List.of(keys));
            }

            @Override
            public boolean used() {
                return true;
            }
        });
    }

    @Test
    void aSealedLinkShowsNothingOfTheLinkAndOpensForItsParticipantOnly() {
        Sealer sealer = sealer("k1:" + key(1));
        String sealed = sealer.seal(LINK, "participant-1");
        assertThat(sealed).startsWith("sealed:v1:k1:").doesNotContain("Zm9vYmFy").doesNotContain("join");
        assertThat(sealer.seal(LINK, "participant-1")).as("a new nonce each time").isNotEqualTo(sealed);
        assertThat(sealer.open(sealed, "participant-1")).isEqualTo(LINK);
        assertThatThrownBy(() -> sealer.open(sealed, "participant-2")).isInstanceOf(Sealer.CannotOpen.class)
                .hasMessageContaining("another participant");
        String altered = sealed.substring(0, sealed.length() - 2) + (sealed.endsWith("AA") ? "BB" : "AA");
        assertThatThrownBy(() -> sealer.open(altered, "participant-1")).isInstanceOf(Sealer.CannotOpen.class);
        assertThatThrownBy(() -> sealer.open(LINK, "participant-1")).isInstanceOf(Sealer.CannotOpen.class)
                .hasMessageContaining("not a sealed value");
    }

    @Test
    void aRotatedKeySealsWhileTheOldOneStillOpensUntilItIsDropped() {
        String sealedBefore = sealer("k1:" + key(1)).seal(LINK, "p");
        Sealer rotated = sealer("k2:" + key(2), "k1:" + key(1));
        assertThat(rotated.seal(LINK, "p")).startsWith("sealed:v1:k2:");
        assertThat(rotated.open(sealedBefore, "p")).isEqualTo(LINK);
        assertThatThrownBy(() -> sealer("k2:" + key(2)).open(sealedBefore, "p")).isInstanceOf(Sealer.CannotOpen.class)
                .hasMessageContaining("key 'k1', which is not among");
    }

    @Test
    void aMissingOrShortKeyIsRefusedSayingWhich() {
        assertThatThrownBy(() -> sealer()).hasMessageContaining("PLENARY_SEALING_KEYS");
        assertThatThrownBy(() -> sealer("k1:" + Base64.getEncoder().encodeToString(new byte[16])))
                .hasMessageContaining("key k1 has 16 bytes");
    }
}
