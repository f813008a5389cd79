package org.plenary.platform.openapi;

import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.Components;
import org.eclipse.microprofile.openapi.models.media.Schema;

import java.util.List;

/**
 * The problem+json bodies in the OpenAPI documents: the base {@code Problem} of RFC 9457 every error has, and the
 * platform's own specific one. A service's specific problem documents its extra members as a record annotated
 * {@code @Schema(name = "…Problem", allOf = Problem.class)} beside the exception that answers it (e.g.
 * registration-service's capacity/PlaceUnavailable.Members), named in the operation's {@code @APIResponse}.
 */
final class ProblemSchemas {

    static final String LIMIT = "LimitProblem";
    private static final String FIELD_ERROR = "FieldError";

    private ProblemSchemas() {
    }

    static void addTo(Components components) {
        components.addSchema(ContractFilter.PROBLEM, problem());
        components.addSchema(FIELD_ERROR, fieldError());
        components.addSchema(LIMIT, OASFactory.createSchema()
                .description("A request over a size limit: its request line, its headers or its body")
                .allOf(List.of(OASFactory.createSchema().ref("#/components/schemas/" + ContractFilter.PROBLEM)))
                .addProperty("limit", OASFactory.createSchema().addType(Schema.SchemaType.INTEGER)
                        .description("The limit: in characters for the request line, in bytes for the headers "
                                + "or the body").examples(List.of(4096))));
    }

    private static Schema problem() {
        return OASFactory.createSchema().addType(Schema.SchemaType.OBJECT)
                .description("RFC 9457 problem details. A specific problem adds members of its own (e.g. a limit "
                        + "and its usage); a client ignores the members it does not know")
                .required(List.of("type", "title", "status"))
                .addProperty("type", string("Stable URI of the kind of problem: what a client branches on")
                        .examples(List.of("urn:plenary:problem:validation")))
                .addProperty("title", string("The kind of problem, for a person").examples(List.of("Invalid request")))
                .addProperty("status", OASFactory.createSchema().addType(Schema.SchemaType.INTEGER)
                        .description("The HTTP status").examples(List.of(400)))
                .addProperty("detail", string("What went wrong this time, for a person")
                        .examples(List.of("submittingMemberStates[1]: must be an ISO 3166-1 alpha-3 code")))
                .addProperty("errors", OASFactory.createSchema().addType(Schema.SchemaType.ARRAY)
                        .items(OASFactory.createSchema().ref("#/components/schemas/" + FIELD_ERROR))
                        .description("For validation problems: each failing field and the rule it broke"));
    }

    private static Schema fieldError() {
        return OASFactory.createSchema().addType(Schema.SchemaType.OBJECT)
                .description("One failing field of a request")
                .required(List.of("field", "rule"))
                .addProperty("field", string("The JSON path of the member, or the parameter's name")
                        .examples(List.of("submittingMemberStates[1]")))
                .addProperty("rule", string("The rule it broke").examples(List.of("Pattern")))
                .addProperty("message", string("The rule, for a person")
                        .examples(List.of("must be an ISO 3166-1 alpha-3 code")));
    }

    private static Schema string(String description) {
        return OASFactory.createSchema().addType(Schema.SchemaType.STRING).description(description);
    }
}
