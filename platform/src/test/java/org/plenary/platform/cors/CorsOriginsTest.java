package org.plenary.platform.cors;

import io.smallrye.config.PropertiesConfigSource;
import io.smallrye.config.SmallRyeConfig;
import io.smallrye.config.SmallRyeConfigBuilder;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The CORS settings Quarkus reads, as the shared defaults and a deployment's environment give them. */
class CorsOriginsTest {

    private static SmallRyeConfig config(Map<String, String> environment) {
        return new SmallRyeConfigBuilder()
                .withSources(new PropertiesConfigSource(Map.of("quarkus.http.cors.enabled", "false",
                        CorsOrigins.ORIGINS, ""), "shared defaults", 100))
                .withSources(new PropertiesConfigSource(environment, "environment", 300))
                .withSources(new CorsOrigins())
                .build();
    }

    @Test
    void offWhenNoOriginIsNamed() {
        SmallRyeConfig config = config(Map.of());
        assertThat(config.getValue("quarkus.http.cors.enabled", Boolean.class)).isFalse();
        assertThat(config.getOptionalValues("quarkus.http.cors.origins", String.class)).isEmpty();
    }

    @Test
    void onForExactlyTheOriginsNamed() {
        SmallRyeConfig config = config(Map.of(CorsOrigins.ORIGINS,
                "https://plenary.example.org,https://ministry.example.gov"));
        assertThat(config.getValue("quarkus.http.cors.enabled", Boolean.class)).isTrue();
        assertThat(config.getValues("quarkus.http.cors.origins", String.class))
                .isEqualTo(List.of("https://plenary.example.org", "https://ministry.example.gov"));
    }

    @Test
    void quarkusOwnSettingStillWins() {
        SmallRyeConfig config = config(Map.of(CorsOrigins.ORIGINS, "https://plenary.example.org",
                "quarkus.http.cors.enabled", "false"));
        assertThat(config.getValue("quarkus.http.cors.enabled", Boolean.class)).isFalse();
    }
}
