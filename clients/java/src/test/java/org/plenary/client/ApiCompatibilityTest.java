package org.plenary.client;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.parser.OpenAPIV3Parser;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import org.openapitools.openapidiff.core.OpenApiCompare;
import org.openapitools.openapidiff.core.model.ChangedOpenApi;
import org.openapitools.openapidiff.core.output.MarkdownRender;

import java.io.ByteArrayOutputStream;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A member state's client keeps working within a major version of the API: each committed document in docs/api is
 * compared with the contract released for its major version (docs/api/released/v&lt;major&gt;/), and a change that
 * would break a client generated from the released one (an operation, parameter or member removed, a member made
 * required, a type changed...) fails the build unless info.version's major changes, with a released contract of its
 * own. The README's "The API" says how the API is versioned.
 */
class ApiCompatibilityTest {

    private static final Path DOCS = Path.of("../../docs/api");

    @ParameterizedTest
    @ValueSource(strings = {"agenda-service", "contribution-service", "registration-service", "notification-service"})
    void theCommittedContractKeepsWhatItsMajorVersionReleased(String service) {
        Path current = DOCS.resolve(service + ".yaml");
        Path released = DOCS.resolve("released/v" + major(parse(current)) + "/" + service + ".yaml");
        assertThat(released).as("the released contract of this major version; a new major version adds its own")
                .exists();

        ChangedOpenApi changes = OpenApiCompare.fromLocations(released.toString(), current.toString());

        assertThat(changes.isIncompatible()).as("breaking changes to %s within version %s:%n%s", service,
                major(parse(current)), report(changes)).isFalse();
    }

    @Test
    void removingAnOperationIsABreakingChange() {
        Path released = DOCS.resolve("released/v1/contribution-service.yaml");
        OpenAPI changed = parse(released);
        changed.getPaths().remove("/meetings/{meetingId}/contributions/{contributionId}/withdrawal");

        ChangedOpenApi changes = OpenApiCompare.fromSpecifications(parse(released), changed);

        assertThat(changes.isIncompatible()).isTrue();
        assertThat(report(changes)).contains("withdrawal");
    }

    private static OpenAPI parse(Path document) {
        assertThat(document).exists();
        return new OpenAPIV3Parser().read(document.toString());
    }

    private static String major(OpenAPI document) {
        return document.getInfo().getVersion().split("\\.")[0];
    }

    private static String report(ChangedOpenApi changes) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (OutputStreamWriter writer = new OutputStreamWriter(out, StandardCharsets.UTF_8)) {
            new MarkdownRender().render(changes, writer);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return out.toString(StandardCharsets.UTF_8);
    }
}
