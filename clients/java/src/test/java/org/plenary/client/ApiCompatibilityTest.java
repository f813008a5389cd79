package org.plenary.client;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.parser.OpenAPIV3Parser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openapitools.openapidiff.core.OpenApiCompare;
import org.openapitools.openapidiff.core.model.ChangedOpenApi;
import org.openapitools.openapidiff.core.output.MarkdownRender;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A member state's client keeps working within a major version of the API: each committed document in docs/api is
 * compared with the contract released for its major version (docs/api/released/v&lt;major&gt;/), and a change that
 * would break a client generated from the released one (an operation, parameter or member removed, a member made
 * required, a type changed...) fails the build unless info.version's major changes, with a released contract of its
 * own. A released contract never changes: its files are checked against the SHA-256 sums recorded beside them. The
 * README's "The API" says how the API is versioned.
 */
class ApiCompatibilityTest {

    private static final Path DOCS = Path.of(System.getProperty("plenary.root", "../..")).resolve("docs/api");
    private static final Path RELEASED_V1 = DOCS.resolve("released/v1");

    @ParameterizedTest
    @ValueSource(strings = {"agenda-service", "contribution-service", "registration-service", "notification-service"})
    void theCommittedContractKeepsWhatItsMajorVersionReleased(String service) {
        Path current = DOCS.resolve(service + ".yaml");
        Path released = DOCS.resolve("released/v" + major(parse(current)) + "/" + service + ".yaml");
        assertThat(released).as("the released contract of this major version; a new major version adds its own")
                .exists();

        ChangedOpenApi changes = compare(parse(released), parse(current));

        assertThat(changes.isIncompatible()).as("breaking changes to %s within version %s:%n%s", service,
                major(parse(current)), report(changes)).isFalse();
    }

    @Test
    void aReleasedContractIsNeverEdited() throws IOException {
        List<String> sums = new ArrayList<>();
        try (var files = Files.list(RELEASED_V1)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".yaml")).sorted().toList()) {
                sums.add(sha256(Files.readAllBytes(file)) + "  " + file.getFileName());
            }
        }
        assertThat(sums).as("docs/api/released/v1 against its SHA256SUMS")
                .containsExactlyElementsOf(Files.readAllLines(RELEASED_V1.resolve("SHA256SUMS")));
    }

    @Test
    void removingAnOperationIsABreakingChange() {
        OpenAPI changed = released("contribution-service");
        changed.getPaths().remove("/meetings/{meetingId}/contributions/{contributionId}/withdrawal");

        assertBreaking(changed, "withdrawal");
    }

    @Test
    void changingAMembersTypeIsABreakingChange() {
        OpenAPI changed = released("registration-service");
        Schema<?> name = (Schema<?>) changed.getComponents().getSchemas().get("RegisterParticipant").getProperties()
                .get("name");
        name.setTypes(Set.of("integer"));
        name.setType(null);

        assertBreaking(changed, "participants");
    }

    @Test
    void requiringAnOptionalRequestMemberIsABreakingChange() {
        OpenAPI changed = released("registration-service");
        Schema<?> register = changed.getComponents().getSchemas().get("RegisterParticipant");
        List<String> required = new ArrayList<>(register.getRequired());
        required.add("function");
        register.setRequired(required);

        assertBreaking(changed, "participants");
    }

    private static void assertBreaking(OpenAPI changed, String where) {
        String service = changed.getInfo().getTitle().substring(changed.getInfo().getTitle().indexOf(' ') + 1);
        ChangedOpenApi changes = compare(released(service), changed);

        assertThat(changes.isIncompatible()).as(report(changes)).isTrue();
        assertThat(report(changes)).contains(where);
    }

    /**
     * openapi-diff compares the OpenAPI 3.0 {@code type} of a schema, which a 3.1 document parses into {@code types}:
     * each schema's single type is copied back, so that a changed type counts.
     */
    private static ChangedOpenApi compare(OpenAPI released, OpenAPI current) {
        return OpenApiCompare.fromSpecifications(withSingleTypes(released), withSingleTypes(current));
    }

    private static OpenAPI withSingleTypes(OpenAPI document) {
        List<Schema<?>> schemas = new ArrayList<>();
        if (document.getComponents() != null && document.getComponents().getSchemas() != null) {
            document.getComponents().getSchemas().values().forEach(schema -> schemas.add(schema));
        }
        document.getPaths().values().forEach(path -> path.readOperations().forEach(operation -> {
            if (operation.getParameters() != null) {
                operation.getParameters().forEach(parameter -> schemas.add(parameter.getSchema()));
            }
            if (operation.getRequestBody() != null && operation.getRequestBody().getContent() != null) {
                operation.getRequestBody().getContent().values().forEach(media -> schemas.add(media.getSchema()));
            }
            operation.getResponses().values().stream().filter(response -> response.getContent() != null)
                    .forEach(response -> response.getContent().values()
                            .forEach(media -> schemas.add(media.getSchema())));
        }));
        schemas.forEach(ApiCompatibilityTest::copySingleType);
        return document;
    }

    private static void copySingleType(Schema<?> schema) {
        if (schema == null) {
            return;
        }
        if (schema.getType() == null && schema.getTypes() != null && schema.getTypes().size() == 1) {
            schema.setType(schema.getTypes().iterator().next());
        }
        if (schema.getProperties() != null) {
            schema.getProperties().values().forEach(ApiCompatibilityTest::copySingleType);
        }
        copySingleType(schema.getItems());
        for (List<Schema> parts : Arrays.asList(schema.getAllOf(), schema.getAnyOf(), schema.getOneOf())) {
            if (parts != null) {
                parts.forEach(ApiCompatibilityTest::copySingleType);
            }
        }
    }

    private static OpenAPI released(String service) {
        return parse(RELEASED_V1.resolve(service + ".yaml"));
    }

    private static OpenAPI parse(Path document) {
        assertThat(document).exists();
        return new OpenAPIV3Parser().read(document.toString());
    }

    private static String major(OpenAPI document) {
        return document.getInfo().getVersion().split("\\.")[0];
    }

    private static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String report(ChangedOpenApi changes) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (OutputStreamWriter writer = new OutputStreamWriter(out, StandardCharsets.UTF_8)) {
            new MarkdownRender().render(changes, writer);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString(StandardCharsets.UTF_8);
    }
}
