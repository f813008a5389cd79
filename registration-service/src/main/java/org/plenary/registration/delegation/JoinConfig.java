package org.plenary.registration.delegation;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Where join links point and where they lead. */
@ConfigMapping(prefix = "plenary.join")
public interface JoinConfig {

    /** This service's public address: links are {@code <base-url>/join/<token>}. */
    @WithDefault("http://localhost:8083")
    String baseUrl();

    /** The meeting platform's address for speakers (active participants); {meetingId} is replaced. */
    @WithDefault("https://platform.example.org/{meetingId}/speak")
    String speakerUrl();

    /** The meeting platform's address for viewers (passive participants); {meetingId} is replaced. */
    @WithDefault("https://platform.example.org/{meetingId}/watch")
    String viewerUrl();
}
