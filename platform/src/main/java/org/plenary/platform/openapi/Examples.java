package org.plenary.platform.openapi;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.MediaType;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;

/**
 * Request and response examples taken from the 2020 consultation, as the services answered them: a service keeps
 * them in {@code src/main/resources/openapi/examples/<operationId>.json}, an object with the request body under
 * {@code "request"} and each response body under its status ({@code "201"}, {@code "409"}...). Redocly's
 * no-invalid-media-type-examples rule (clients/typescript/check) holds each to its schema.
 */
final class Examples {

    private static final String FOLDER = "openapi/examples/";
    private static final String NAME = "c20-vc";
    private static final String SUMMARY = "From the 2020 virtual consultation of Councillors (C20-VC)";
    private static final ObjectMapper JSON = new ObjectMapper();

    private Examples() {
    }

    static void attach(Operation operation) {
        if (operation.getOperationId() == null) {
            return;
        }
        Map<String, Object> examples = read(operation.getOperationId());
        examples.forEach((key, value) -> {
            if (key.equals("request")) {
                if (operation.getRequestBody() != null) {
                    add(operation.getRequestBody().getContent(), value);
                }
                return;
            }
            APIResponse response = operation.getResponses().getAPIResponse(key);
            if (response == null || response.getRef() != null) {
                throw new IllegalStateException(FOLDER + operation.getOperationId() + ".json has an example for "
                        + key + ", a status the operation does not declare itself");
            }
            add(response.getContent(), value);
        });
    }

    private static void add(Content content, Object value) {
        if (content == null || content.getMediaTypes() == null) {
            return;
        }
        for (MediaType media : content.getMediaTypes().values()) {
            media.addExample(NAME, OASFactory.createExample().summary(SUMMARY).value(value));
        }
    }

    private static Map<String, Object> read(String operationId) {
        ClassLoader loader = Thread.currentThread().getContextClassLoader();
        try (InputStream in = loader.getResourceAsStream(FOLDER + operationId + ".json")) {
            return in == null ? Map.of() : JSON.readValue(in, new TypeReference<>() { });
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the examples of " + operationId, e);
        }
    }
}
