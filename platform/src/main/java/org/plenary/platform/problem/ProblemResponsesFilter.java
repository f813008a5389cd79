package org.plenary.platform.problem;

import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;

import java.util.List;
import java.util.Map;

/**
 * Every error of every service is RFC 9457 problem+json, so the OpenAPI document says so once, here: each 4xx and 5xx
 * response an operation declares gets the Problem body, and resources only say when each status happens.
 */
public class ProblemResponsesFilter implements OASFilter {

    private static final String PROBLEM_SCHEMA = "Problem";

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getComponents() == null) {
            openAPI.setComponents(OASFactory.createComponents());
        }
        openAPI.getComponents().addSchema(PROBLEM_SCHEMA, problemSchema());
        if (openAPI.getPaths() == null || openAPI.getPaths().getPathItems() == null) {
            return;
        }
        for (PathItem path : openAPI.getPaths().getPathItems().values()) {
            path.getOperations().values().forEach(ProblemResponsesFilter::describeErrors);
        }
    }

    private static void describeErrors(Operation operation) {
        if (operation.getResponses() == null || operation.getResponses().getAPIResponses() == null) {
            return;
        }
        for (Map.Entry<String, APIResponse> response : operation.getResponses().getAPIResponses().entrySet()) {
            boolean error = response.getKey().startsWith("4") || response.getKey().startsWith("5");
            if (error) {
                Content content = OASFactory.createContent().addMediaType(Problem.MEDIA_TYPE,
                        OASFactory.createMediaType().schema(
                                OASFactory.createSchema().ref("#/components/schemas/" + PROBLEM_SCHEMA)));
                response.getValue().setContent(content);
            }
        }
    }

    private static Schema problemSchema() {
        Schema string = OASFactory.createSchema().addType(Schema.SchemaType.STRING);
        Schema fieldError = OASFactory.createSchema().addType(Schema.SchemaType.OBJECT)
                .addProperty("field", string).addProperty("rule", string).addProperty("message", string);
        return OASFactory.createSchema().addType(Schema.SchemaType.OBJECT)
                .description("RFC 9457 problem details; problem-specific members may follow (e.g. a limit and its usage)")
                .required(List.of("type", "title", "status"))
                .addProperty("type", OASFactory.createSchema().addType(Schema.SchemaType.STRING)
                        .description("Stable URI of the kind of problem").examples(List.of("urn:plenary:problem:validation")))
                .addProperty("title", string)
                .addProperty("status", OASFactory.createSchema().addType(Schema.SchemaType.INTEGER))
                .addProperty("detail", OASFactory.createSchema().addType(Schema.SchemaType.STRING)
                        .description("What went wrong, for a person"))
                .addProperty("errors", OASFactory.createSchema().addType(Schema.SchemaType.ARRAY).items(fieldError)
                        .description("For validation problems: each failing field and the rule it broke"));
    }
}
