package org.plenary.acceptance;

import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import static org.hamcrest.Matchers.equalTo;

/** The local run's public HTTP APIs, called with the tokens it printed. */
final class Api {

    static final String MEETING = "C20-VC";
    static final int AGENDA = 8081;
    static final int CONTRIBUTION = 8082;
    static final int REGISTRATION = 8083;
    static final int NOTIFICATION = 8084;
    static final int LAUNCHER = 8090;
    static final String SECRETARIAT = "SECRETARIAT";

    private final LocalRun run;

    Api(LocalRun run) {
        this.run = run;
    }

    /** A request to one service as {@code who}: {@value #SECRETARIAT} or a member state of the printed tokens. */
    RequestSpecification as(String who, int port) {
        return RestAssured.given().baseUri("http://localhost").port(port).contentType(ContentType.JSON)
                .auth().oauth2(who.equals(SECRETARIAT) ? run.secretariat() : run.token(who));
    }

    /** The launcher's rehearsal switch: "now" moved in all four services at once. */
    void moveClockTo(String instant) {
        Response answer = RestAssured.given().baseUri("http://localhost").port(LAUNCHER)
                .body("{\"now\": \"" + instant + "\"}").post("/clock");
        if (answer.statusCode() != 200) {
            throw new AssertionError("POST :8090/clock answered " + answer.statusCode() + ": " + answer.asString());
        }
    }

    /** The launcher's rehearsal switch of an engine ({@code postgres}, {@code kafka}, {@code smtp}): stop or start. */
    void engine(String engine, String action) {
        RestAssured.given().baseUri("http://localhost").port(LAUNCHER).post("/" + engine + "/" + action).then()
                .statusCode(200).body(engine, equalTo(action.equals("stop") ? "stopped" : "running"));
    }

    /** A join link followed by a browser's first step: its status and where it redirects. */
    static HttpResponse<Void> follow(String link) {
        try {
            return HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build()
                    .send(HttpRequest.newBuilder(URI.create(link)).build(), HttpResponse.BodyHandlers.discarding());
        } catch (Exception e) {
            throw new IllegalStateException(link + ": " + e.getMessage(), e);
        }
    }
}
