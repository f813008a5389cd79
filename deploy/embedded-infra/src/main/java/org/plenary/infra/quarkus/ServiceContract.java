package org.plenary.infra.quarkus;

import org.plenary.infra.Engines;

import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

/** What every Plenary service must serve, checked the same way in each service's tests. */
public final class ServiceContract {

    private ServiceContract() {
    }

    /**
     * Ready with its database and Kafka; OpenAPI with its title and the bearer scheme the dashboard authorizes with;
     * Swagger UI; and a problem+json 404 for a path that does not exist.
     */
    public static void assertServed(String openApiTitle) {
        given().when().get("/q/health/ready").then().statusCode(200).body("status", equalTo("UP"))
                .body(containsString("Database connections health check")).body(containsString("Kafka"));
        given().when().get("/q/openapi?format=json").then().statusCode(200)
                .body("info.title", equalTo(openApiTitle))
                .body("components.securitySchemes.SecurityScheme.scheme", equalTo("bearer"))
                .body("components.schemas.Problem.properties.errors.type", equalTo("array"));
        given().when().get("/q/swagger-ui/").then().statusCode(200);
        given().when().get("/meetings/C20-VC/nothing-here").then().statusCode(404)
                .contentType("application/problem+json");
    }

    /** The two kinds of caller every operation must stand: the secretariat and a member state (Kenya). */
    public static Map<String, String> secretariatAndAMemberState() {
        return Map.of("secretariat", Engines.shared().tokens().secretariat(),
                "KEN", Engines.shared().tokens().memberState("KEN"));
    }
}
