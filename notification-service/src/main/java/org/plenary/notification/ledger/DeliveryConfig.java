package org.plenary.notification.ledger;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;

/** How the ledger sends: retries with exponential backoff and jitter, then dead. */
@ConfigMapping(prefix = "plenary.delivery")
public interface DeliveryConfig {

    /** Attempts before a delivery is dead (visible in the ledger, resendable). */
    @WithDefault("8")
    int maxAttempts();

    /** The wait after the first failure; doubled after each further one, up to {@link #maxBackoff()}. */
    @WithDefault("PT2S")
    Duration initialBackoff();

    @WithDefault("PT5M")
    Duration maxBackoff();

    /** The domain of the Message-ID header given to every email. */
    @WithDefault("plenary.itu.example.org")
    String messageIdDomain();
}
