package org.plenary.platform.security;

import org.junit.jupiter.api.Test;

import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;

import static org.assertj.core.api.Assertions.assertThat;

class TokenCacheTest {

    private final AtomicLong now = new AtomicLong(1_000_000);

    @Test
    void aVerifiedTokenIsKnownUntilTheMomentItStopsBeingValid() {
        TokenCache<String> cache = new TokenCache<>(10, now::get);
        cache.put("token-of-kenya", "Kenya", 1_060_000);
        assertThat(cache.get("token-of-kenya")).contains("Kenya");
        now.set(1_059_999);
        assertThat(cache.get("token-of-kenya")).contains("Kenya");
        now.set(1_060_000);
        assertThat(cache.get("token-of-kenya")).isEmpty();
        assertThat(cache.size()).isZero();
    }

    @Test
    void onlyTheSameTextFindsAToken() {
        TokenCache<String> cache = new TokenCache<>(10, now::get);
        cache.put("token-of-kenya", "Kenya", 2_000_000);
        assertThat(cache.get("token-of-kenyA")).isEmpty();
        assertThat(cache.get("token-of-kenya ")).isEmpty();
    }

    @Test
    void aTokenAlreadyInvalidIsNotRemembered() {
        TokenCache<String> cache = new TokenCache<>(10, now::get);
        cache.put("expired", "Kenya", 1_000_000);
        assertThat(cache.get("expired")).isEmpty();
        assertThat(cache.size()).isZero();
    }

    @Test
    void aFullCacheDropsTheExpiredFirstAndOtherwiseStartsAgain() {
        TokenCache<String> cache = new TokenCache<>(3, now::get);
        cache.put("a", "A", 1_000_500);
        cache.put("b", "B", 2_000_000);
        cache.put("c", "C", 2_000_000);
        now.set(1_000_600);
        cache.put("d", "D", 2_000_000);
        assertThat(cache.size()).isEqualTo(3);
        assertThat(cache.get("b")).contains("B");
        assertThat(cache.get("d")).contains("D");

        cache.put("e", "E", 2_000_000);
        assertThat(cache.size()).isEqualTo(1);
        assertThat(cache.get("e")).contains("E");
        assertThat(cache.get("b")).isEmpty();
    }

    @Test
    void aTokenCountsAsValidUntilTheFirstOfItsExpiryAndTheEndOfItsAllowedAge() {
        assertThat(VerifiedTokens.validUntilMillis(5_000, 1_000, Optional.of(600L))).isEqualTo(1_600_000);
        assertThat(VerifiedTokens.validUntilMillis(1_300, 1_000, Optional.of(600L))).isEqualTo(1_300_000);
        assertThat(VerifiedTokens.validUntilMillis(5_000, 1_000, Optional.empty())).isEqualTo(5_000_000);
        assertThat(VerifiedTokens.validUntilMillis(0, 1_000, Optional.of(600L))).isZero();
    }
}
