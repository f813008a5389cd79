package org.plenary.registration;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

@QuarkusTest
class ServiceReadinessTest {

    @Test
    void readyWithDatabaseAndKafkaAndDocumented() {
        given().when().get("/q/health/ready").then().statusCode(200).body("status", equalTo("UP"))
                .body(containsString("Database connections health check")).body(containsString("Kafka"));
        given().when().get("/q/openapi?format=json").then().statusCode(200)
                .body("info.title", equalTo("Plenary registration-service"))
                .body("components.securitySchemes.SecurityScheme.scheme", equalTo("bearer"));
        given().when().get("/q/swagger-ui/").then().statusCode(200);
    }

    @Test
    void anUnknownPathIsAProblemNotAnEmptyPage() {
        given().when().get("/meetings/C20-VC/nothing-here").then().statusCode(404)
                .contentType("application/problem+json");
    }
}
