package org.plenary.events.sealing;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.util.List;
import java.util.Optional;

/**
 * The keys that seal secrets inside events (a participant's join link) so that only the services holding them can
 * read them: registration-service seals, notification-service opens. Set by environment in production
 * ({@code PLENARY_SEALING_KEYS}); there is no default outside dev and test, so a service that seals or opens does not
 * start without them.
 */
@ConfigMapping(prefix = "plenary.sealing")
public interface SealingConfig {

    /**
     * {@code id:base64-key} pairs, comma-separated: 256-bit AES keys. The first seals; every one listed opens. To
     * rotate: put a new key first and keep the old one after it until nothing sealed with it remains (events still
     * to be consumed, emails still to be resent), then drop it.
     */
    Optional<List<String>> keys();

    /** Set by the services that seal or open (registration, notification): they check their keys at startup. */
    @WithDefault("false")
    boolean used();
}
