package org.plenary.platform.openapi;

import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.Components;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.headers.Header;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;
import org.plenary.platform.caching.RepresentationFilter;
import org.plenary.platform.problem.Problem;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * What every operation of every service shares, said once here instead of on each resource method: the answers any
 * request may get (414 URI too long, 431 headers too large, 413 body too large, 500, 503 busy with Retry-After, 401
 * without a valid token),
 * every error as problem+json, the caching of reads (If-None-Match, ETag, Cache-Control, 304), Location on a 201, and
 * {@code security: []} on a public operation. Resources say what is particular to them: the operationId, the success
 * body, when each status happens and, where a problem has members of its own, its schema (see {@link ProblemSchemas});
 * a service's examples from the 2020 consultation are files beside its code (see {@link Examples}).
 */
public class ContractFilter implements OASFilter {

    static final String PROBLEM = "Problem";
    private static final String SCHEMAS = "#/components/schemas/";
    private static final String HEADERS = "#/components/headers/";
    private static final String PARAMETERS = "#/components/parameters/";
    private static final String RESPONSES = "#/components/responses/";

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getComponents() == null) {
            openAPI.setComponents(OASFactory.createComponents());
        }
        ProblemSchemas.addTo(openAPI.getComponents());
        addSharedComponents(openAPI);
        if (openAPI.getPaths() == null || openAPI.getPaths().getPathItems() == null) {
            return;
        }
        for (PathItem path : openAPI.getPaths().getPathItems().values()) {
            path.getOperations().forEach((method, operation) -> {
                complete(method, operation);
                Examples.attach(operation);
            });
        }
        removeUnused(openAPI);
    }

    private static void complete(PathItem.HttpMethod method, Operation operation) {
        APIResponses responses = operation.getResponses();
        boolean secured = operation.getSecurity() != null && !operation.getSecurity().isEmpty();
        if (!secured) {
            operation.setSecurity(new ArrayList<>());
        }
        if (secured && !responses.hasAPIResponse("401")) {
            responses.addAPIResponse("401", ref("Unauthorized"));
        }
        if (operation.getRequestBody() != null && !responses.hasAPIResponse("413")) {
            responses.addAPIResponse("413", ref("BodyTooLarge"));
        }
        responses.addAPIResponse("414", ref("UriTooLong"));
        responses.addAPIResponse("431", ref("HeadersTooLarge"));
        responses.addAPIResponse("500", ref("Unexpected"));
        responses.addAPIResponse("503", ref("Busy"));
        for (Map.Entry<String, APIResponse> response : responses.getAPIResponses().entrySet()) {
            String status = response.getKey();
            APIResponse answer = response.getValue();
            if (answer.getRef() == null && (status.startsWith("4") || status.startsWith("5"))
                    && answer.getContent() == null) {
                answer.setContent(problemContent(PROBLEM));
            }
        }
        responses.getAPIResponses().forEach((status, answer) -> {
            boolean locates = status.equals("201") || status.startsWith("30") && !status.equals("304");
            if (locates && answer.getRef() == null
                    && (answer.getHeaders() == null || !answer.getHeaders().containsKey("Location"))) {
                answer.addHeader("Location", headerRef("Location"));
            }
        });
        APIResponse ok = responses.getAPIResponse("200");
        if (method == PathItem.HttpMethod.GET && ok != null) {
            operation.addParameter(OASFactory.createParameter().ref(PARAMETERS + "IfNoneMatch"));
            if (ok.getHeaders() == null || !ok.getHeaders().containsKey("ETag")) {
                ok.addHeader("ETag", headerRef("ETag"));
            }
            ok.addHeader("Cache-Control", headerRef("CacheControl"));
            ok.addHeader("Vary", headerRef("Vary"));
            responses.addAPIResponse("304", ref("NotModified"));
        }
    }

    /** The headers, parameters and standard answers the operations refer to. */
    private static void addSharedComponents(OpenAPI openAPI) {
        Components components = openAPI.getComponents();
        Schema string = OASFactory.createSchema().addType(Schema.SchemaType.STRING);
        components.addHeader("ETag", OASFactory.createHeader().schema(string).description(
                "The representation's version: send it back in If-None-Match to read again (304 when unchanged) "
                        + "or, where the operation takes it, in If-Match to change only what you read"));
        components.addHeader("CacheControl", OASFactory.createHeader().schema(string).description(
                RepresentationFilter.READ_CACHE_CONTROL + ": the answer depends on the token, and is revalidated "
                        + "with its ETag"));
        components.addHeader("Vary", OASFactory.createHeader().schema(string).description(
                "What the representation depends on: " + RepresentationFilter.READ_VARY));
        components.addHeader("Location", OASFactory.createHeader()
                .schema(OASFactory.createSchema().addType(Schema.SchemaType.STRING).format("uri"))
                .description("Where the created resource is read"));
        components.addHeader("RetryAfter", OASFactory.createHeader()
                .schema(OASFactory.createSchema().addType(Schema.SchemaType.INTEGER))
                .description("Seconds to wait before trying again"));
        components.addParameter("IfNoneMatch", OASFactory.createParameter().name("If-None-Match")
                .in(Parameter.In.HEADER).schema(string)
                .description("The ETag of a representation you hold: 304 without a body when it is still current"));
        components.addParameter("AcceptLanguage", OASFactory.createParameter().name("Accept-Language")
                .in(Parameter.In.HEADER).schema(string)
                .addExample("chinese", OASFactory.createExample().value("zh"))
                .addExample("french", OASFactory.createExample().value("fr-CH, fr;q=0.9, en;q=0.5"))
                .description("The language of titles and labels: one of the six UN languages (ar, zh, en, fr, ru, "
                        + "es); where a text has no translation in it, English"));
        components.addResponse("NotModified", OASFactory.createAPIResponse()
                .description("Unchanged since the ETag sent in If-None-Match")
                .addHeader("ETag", headerRef("ETag")).addHeader("Cache-Control", headerRef("CacheControl"))
                .addHeader("Vary", headerRef("Vary")));
        components.addResponse("Unauthorized", problemResponse("No valid bearer token: missing, expired, "
                + "not for this audience, or its role or member_state claim not valid"));
        components.addResponse("BodyTooLarge", OASFactory.createAPIResponse().description("The request body is "
                + "larger than the service takes").content(problemContent(ProblemSchemas.LIMIT)));
        components.addResponse("UriTooLong", OASFactory.createAPIResponse().description("The request line is longer "
                + "than the service takes").content(problemContent(ProblemSchemas.LIMIT)));
        components.addResponse("HeadersTooLarge", OASFactory.createAPIResponse().description("The request's "
                + "headers are larger than the service takes").content(problemContent(ProblemSchemas.LIMIT)));
        components.addResponse("Unexpected", problemResponse("An unexpected failure; nothing was changed by it"));
        components.addResponse("Busy", problemResponse("Busy or briefly unable to reach its database: nothing was "
                + "changed; try again after Retry-After").addHeader("Retry-After", headerRef("RetryAfter")));
    }

    /**
     * The shared parameters, headers and answers no operation of this service refers to (a service without localized
     * reads has no use for Accept-Language): an unused component is noise to a client generator.
     */
    private static void removeUnused(OpenAPI openAPI) {
        Components components = openAPI.getComponents();
        Set<String> used = new HashSet<>();
        for (PathItem path : openAPI.getPaths().getPathItems().values()) {
            for (Operation operation : path.getOperations().values()) {
                if (operation.getParameters() != null) {
                    operation.getParameters().forEach(parameter -> used.add(parameter.getRef()));
                }
                operation.getResponses().getAPIResponses().values().forEach(answer -> addReferences(answer, used));
            }
        }
        new ArrayList<>(components.getResponses().keySet()).stream()
                .filter(name -> !used.contains(RESPONSES + name)).forEach(components::removeResponse);
        components.getResponses().values().forEach(answer -> addReferences(answer, used));
        new ArrayList<>(components.getParameters().keySet()).stream()
                .filter(name -> !used.contains(PARAMETERS + name)).forEach(components::removeParameter);
        new ArrayList<>(components.getHeaders().keySet()).stream()
                .filter(name -> !used.contains(HEADERS + name)).forEach(components::removeHeader);
    }

    private static void addReferences(APIResponse answer, Set<String> used) {
        used.add(answer.getRef());
        if (answer.getHeaders() != null) {
            answer.getHeaders().values().forEach(header -> used.add(header.getRef()));
        }
    }

    static Content problemContent(String schema) {
        return OASFactory.createContent().addMediaType(Problem.MEDIA_TYPE,
                OASFactory.createMediaType().schema(OASFactory.createSchema().ref(SCHEMAS + schema)));
    }

    private static APIResponse problemResponse(String description) {
        return OASFactory.createAPIResponse().description(description).content(problemContent(PROBLEM));
    }

    private static APIResponse ref(String response) {
        return OASFactory.createAPIResponse().ref(RESPONSES + response);
    }

    private static Header headerRef(String header) {
        return OASFactory.createHeader().ref(HEADERS + header);
    }
}
