package org.plenary.acceptance;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import java.util.zip.ZipFile;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The development sign-in exists only in the launcher: the packaged dashboard, as production runs it, has no sign-in
 * of its own and no default identity provider, so without one configured it does not start at all.
 */
class DashboardProductionTest {

    private static final Path APP = LocalRun.ROOT.resolve("dashboard/target/quarkus-app");

    @Test
    void thePackagedDashboardHoldsNoDevelopmentSignIn() throws IOException {
        List<Path> jars;
        try (Stream<Path> files = Files.walk(APP)) {
            jars = files.filter(f -> f.toString().endsWith(".jar")).toList();
        }
        assertThat(jars).isNotEmpty();
        for (Path jar : jars) {
            try (ZipFile zip = new ZipFile(jar.toFile())) {
                assertThat(zip.stream().map(e -> e.getName()))
                        .as(jar.getFileName().toString())
                        .noneMatch(name -> name.startsWith("org/plenary/local/") || name.startsWith("org/plenary/infra/")
                                || name.contains("DevIdentityProvider") || name.contains("SignInPage"));
            }
        }
    }

    @Test
    void withoutAnIdentityProviderTheDashboardRefusesToStart() throws Exception {
        ProcessBuilder dashboard = new ProcessBuilder("java", "-jar", APP.resolve("quarkus-run.jar").toString())
                .redirectErrorStream(true);
        dashboard.environment().keySet().removeIf(name -> name.startsWith("QUARKUS_") || name.startsWith("PLENARY_"));
        dashboard.environment().put("QUARKUS_HTTP_PORT", "0");
        dashboard.environment().put("PLENARY_DASHBOARD_SECRET", "a-secret-for-this-test-only-0123456789");
        Path output = Files.createTempFile("dashboard-without-provider", ".log");
        Process process = dashboard.redirectOutput(output.toFile()).start();
        boolean ended = process.waitFor(2, TimeUnit.MINUTES);
        if (!ended) {
            process.destroyForcibly();
        }
        String printed = Files.readString(output);
        assertThat(ended).as("the dashboard ended by itself:\n" + printed).isTrue();
        assertThat(process.exitValue()).as(printed).isNotZero();
        assertThat(printed).contains("'quarkus.oidc.auth-server-url' property must be configured");
    }
}
