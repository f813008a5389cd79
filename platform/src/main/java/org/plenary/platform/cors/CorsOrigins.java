package org.plenary.platform.cors;

import io.smallrye.config.ConfigSourceContext;
import io.smallrye.config.ConfigSourceFactory;
import io.smallrye.config.ConfigValue;
import io.smallrye.config.PropertiesConfigSource;
import org.eclipse.microprofile.config.spi.ConfigSource;

import java.util.List;
import java.util.Map;

/**
 * CORS is off unless {@code plenary.cors.origins} (environment: {@code PLENARY_CORS_ORIGINS}) names the origins a
 * browser may call the API from, comma-separated, e.g. {@code https://plenary.example.org}: one setting turns it on
 * for exactly those. Quarkus' CORS filter, turned on without origins, would refuse every other origin with an empty
 * 403, which no client of ours should meet. Its own settings ({@code quarkus.http.cors.*}) still win, being read
 * above this source.
 */
public class CorsOrigins implements ConfigSourceFactory {

    static final String ORIGINS = "plenary.cors.origins";
    /** Above the shared defaults (100), below application.properties (250) and the environment (300). */
    static final int ORDINAL = 150;

    @Override
    public Iterable<ConfigSource> getConfigSources(ConfigSourceContext context) {
        ConfigValue origins = context.getValue(ORIGINS);
        if (origins == null || origins.getValue() == null || origins.getValue().isBlank()) {
            return List.of();
        }
        return List.of(new PropertiesConfigSource(Map.of(
                "quarkus.http.cors.enabled", "true",
                "quarkus.http.cors.origins", origins.getValue()), "plenary.cors.origins", ORDINAL));
    }
}
