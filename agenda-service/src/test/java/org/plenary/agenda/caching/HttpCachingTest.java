package org.plenary.agenda.caching;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.config.DecoderConfig;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.Test;
import org.plenary.agenda.TestMeetings;
import org.plenary.infra.Engines;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.zip.GZIPInputStream;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

/** What a member state's system sees of HTTP caching and compression on agenda-service's reads and writes. */
@QuarkusTest
class HttpCachingTest {

    private static final String READ_CACHE_CONTROL = "private, no-cache";
    private static final String READ_VARY = "Authorization, Accept, Accept-Language, Accept-Encoding, Origin";

    private final String secretariat = Engines.shared().tokens().secretariat();
    private final String kenya = Engines.shared().tokens().memberState("KEN");
    private final String china = Engines.shared().tokens().memberState("CHN");

    @Inject
    EntityManager entityManager;

    /** A client that sees the bytes as sent: no Accept-Encoding of its own, nothing decompressed. */
    private RequestSpecification raw(String token) {
        return given().auth().oauth2(token)
                .config(RestAssured.config().decoderConfig(DecoderConfig.decoderConfig().noContentDecoders()));
    }

    private String meetingWithAnItemAndASession() {
        String id = TestMeetings.create("H");
        addItem(id, 1).then().statusCode(201);
        given().auth().oauth2(secretariat).contentType(ContentType.JSON)
                .body("{\"title\": {\"en\": \"Morning\"}, \"date\": \"2020-06-09\", "
                        + "\"start\": \"09:00\", \"end\": \"12:00\"}")
                .when().post("/meetings/" + id + "/sessions").then().statusCode(201);
        return id;
    }

    private Response addItem(String meetingId, int number) {
        return given().auth().oauth2(secretariat).contentType(ContentType.JSON)
                .body(("{\"number\": %d, \"title\": {\"en\": \"Item %d\"}, \"documentReference\": \"C20/%d\", "
                        + "\"outcome\": \"NONE\"}")
                        .formatted(number, number, 60 + number))
                .when().post("/meetings/" + meetingId + "/agenda/items");
    }

    @Test
    void everyReadCarriesAnETagAndAMatchingIfNoneMatchGets304WithoutABody() {
        String id = meetingWithAnItemAndASession();
        for (String path : List.of("/meetings/" + id, "/meetings/" + id + "/agenda", "/meetings/" + id + "/agenda.csv",
                "/meetings/" + id + "/agenda.html", "/meetings/" + id + "/agenda/versions",
                "/meetings/" + id + "/time-plan", "/meetings/" + id + "/time-plan.ics")) {
            Response first = raw(kenya).when().get(path);
            assertThat(first.statusCode()).as(path).isEqualTo(200);
            String tag = first.header("ETag");
            assertThat(tag).as(path).matches("\"[A-Za-z0-9_-]{22}\"");
            assertThat(first.header("Cache-Control")).as(path).isEqualTo(READ_CACHE_CONTROL);
            assertThat(first.header("Vary")).as(path).isEqualTo(READ_VARY);

            for (String ifNoneMatch : List.of(tag, "W/" + tag, "\"other\", " + tag, "*")) {
                Response again = raw(kenya).header("If-None-Match", ifNoneMatch).when().get(path);
                assertThat(again.statusCode()).as(path + " If-None-Match: " + ifNoneMatch).isEqualTo(304);
                assertThat(again.asByteArray()).as(path).isEmpty();
                assertThat(again.header("ETag")).as(path).isEqualTo(tag);
                assertThat(again.header("Cache-Control")).as(path).isEqualTo(READ_CACHE_CONTROL);
                assertThat(again.header("Vary")).as(path).isEqualTo(READ_VARY);
                assertThat(again.header("Content-Type")).as(path).isNull();
            }
            Response other = raw(kenya).header("If-None-Match", "\"other\"").when().get(path);
            assertThat(other.statusCode()).as(path).isEqualTo(200);
            assertThat(other.asByteArray()).as(path).isEqualTo(first.asByteArray());
        }
    }

    @Test
    void aChangeToTheAgendaGivesANewETagAndTheOldOneNoLongerMatches() {
        String id = meetingWithAnItemAndASession();
        String path = "/meetings/" + id + "/agenda";
        String before = raw(kenya).when().get(path).then().statusCode(200).extract().header("ETag");

        addItem(id, 2).then().statusCode(201);

        Response after = raw(kenya).header("If-None-Match", before).when().get(path);
        assertThat(after.statusCode()).isEqualTo(200);
        assertThat(after.header("ETag")).isNotEqualTo(before);
        assertThat(after.jsonPath().getList("items.number", Integer.class)).containsExactly(1, 2);
    }

    @Test
    void theAgendaIsReadAfreshAfterAChangeMadeByAnyPathEvenByHandInTheDatabase() {
        String id = meetingWithAnItemAndASession();
        String path = "/meetings/" + id + "/agenda";
        Response first = raw(kenya).when().get(path);
        raw(kenya).when().get(path).then().statusCode(200).header("ETag", first.header("ETag"))
                .body("items[0].title", equalTo("Item 1"));

        QuarkusTransaction.requiringNew().run(() -> entityManager.createNativeQuery(
                        "update agenda_item set title = '{\"en\": \"Item 1, retitled by hand\"}' where meeting_id = :id")
                .setParameter("id", id).executeUpdate());

        Response after = raw(kenya).header("If-None-Match", first.header("ETag")).when().get(path);
        assertThat(after.statusCode()).isEqualTo(200);
        assertThat(after.header("ETag")).isNotEqualTo(first.header("ETag"));
        assertThat(after.jsonPath().getString("items[0].title")).isEqualTo("Item 1, retitled by hand");
    }

    @Test
    void twoCallersAtTheSameMomentHaveTheirOwnRepresentations() {
        String path = "/meetings/C20-VC/agenda";
        String kenyas = raw(kenya).when().get(path).then().statusCode(200).extract().header("ETag");
        String chinas = raw(china).when().get(path).then().statusCode(200).extract().header("ETag");
        String secretariats = raw(secretariat).when().get(path).then().statusCode(200).extract().header("ETag");
        assertThat(List.of(kenyas, chinas, secretariats)).doesNotHaveDuplicates();
        raw(china).header("If-None-Match", kenyas).when().get(path).then().statusCode(200).header("ETag", chinas);
        raw(kenya).header("If-None-Match", kenyas).when().get(path).then().statusCode(304);
    }

    @Test
    void eachLanguageIsItsOwnRepresentation() {
        String path = "/meetings/C20-VC/agenda";
        String chinese = raw(kenya).header("Accept-Language", "zh").when().get(path)
                .then().statusCode(200).extract().header("ETag");
        String english = raw(kenya).header("Accept-Language", "en").when().get(path)
                .then().statusCode(200).extract().header("ETag");
        assertThat(chinese).isNotEqualTo(english);
        raw(kenya).header("Accept-Language", "en").header("If-None-Match", chinese).when().get(path)
                .then().statusCode(200).header("ETag", english);
        raw(kenya).header("Accept-Language", "zh").header("If-None-Match", chinese).when().get(path)
                .then().statusCode(304);
    }

    @Test
    void aLargeBodyIsGzippedWhenAskedAndASmallOneIsNot() throws IOException {
        Response plain = raw(kenya).when().get("/meetings/C20-VC/agenda");
        assertThat(plain.header("Content-Encoding")).isNull();
        byte[] json = plain.asByteArray();
        assertThat(json.length).isGreaterThan(1024);

        Response gzipped = raw(kenya).header("Accept-Encoding", "gzip").when().get("/meetings/C20-VC/agenda");
        assertThat(gzipped.statusCode()).isEqualTo(200);
        assertThat(gzipped.header("Content-Encoding")).isEqualTo("gzip");
        assertThat(gzipped.header("ETag")).isEqualTo(plain.header("ETag"));
        byte[] compressed = gzipped.asByteArray();
        assertThat(compressed.length).isLessThan(json.length);
        try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(compressed))) {
            assertThat(in.readAllBytes()).isEqualTo(json);
        }

        String id = TestMeetings.create("H");
        Response small = raw(kenya).header("Accept-Encoding", "gzip").when().get("/meetings/" + id + "/agenda");
        assertThat(small.statusCode()).isEqualTo(200);
        assertThat(small.asByteArray().length).isLessThan(1024);
        assertThat(small.header("Content-Encoding")).isNull();
        assertThat(small.jsonPath().getString("status")).isEqualTo("DRAFT");
    }

    @Test
    void aLargeProblemIsGzippedToo() throws IOException {
        String path = "/meetings/C20-VC/agenda?" + IntStream.range(0, 12).mapToObj(i -> "p" + i + "=%01")
                .collect(Collectors.joining("&"));
        Response plain = raw(kenya).urlEncodingEnabled(false).when().get(path);
        assertThat(plain.statusCode()).isEqualTo(400);
        assertThat(plain.header("Content-Encoding")).isNull();
        assertThat(plain.asByteArray().length).isGreaterThan(1024);

        Response gzipped = raw(kenya).urlEncodingEnabled(false).header("Accept-Encoding", "gzip").when().get(path);
        assertThat(gzipped.statusCode()).isEqualTo(400);
        assertThat(gzipped.contentType()).isEqualTo("application/problem+json");
        assertThat(gzipped.header("Content-Encoding")).isEqualTo("gzip");
        try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(gzipped.asByteArray()))) {
            // The same problem; the order of its errors follows the query's parsing, not the request.
            JsonPath problem = new JsonPath(new String(in.readAllBytes(), StandardCharsets.UTF_8));
            assertThat(problem.getInt("status")).isEqualTo(400);
            assertThat(problem.getList("errors.field", String.class))
                    .containsExactlyInAnyOrderElementsOf(plain.jsonPath().getList("errors.field", String.class))
                    .hasSize(12);
        }
    }

    @Test
    void writesAndErrorsAreNeverStored() {
        String id = TestMeetings.create("H");
        Response created = addItem(id, 1);
        assertThat(created.statusCode()).isEqualTo(201);
        assertThat(created.header("Cache-Control")).isEqualTo("no-store");
        assertThat(created.header("ETag")).isNull();

        Response missing = raw(kenya).header("If-None-Match", "*").when().get("/meetings/NO-SUCH-MEETING/agenda");
        assertThat(missing.statusCode()).isEqualTo(404);
        assertThat(missing.contentType()).isEqualTo("application/problem+json");
        assertThat(missing.header("Cache-Control")).isEqualTo("no-store");
        assertThat(missing.header("ETag")).isNull();

        Response refused = raw(kenya).contentType(ContentType.JSON).body("{}").when()
                .post("/meetings/" + id + "/agenda/versions");
        assertThat(refused.statusCode()).isEqualTo(403);
        assertThat(refused.header("Cache-Control")).isEqualTo("no-store");
    }

    @Test
    void aMalformedIfNoneMatchIsAnsweredWithTheRepresentationOrAProblem() {
        String path = "/meetings/C20-VC/agenda";
        String tag = raw(kenya).when().get(path).then().statusCode(200).extract().header("ETag");
        for (String hostile : List.of("", "W/", "\"", "\"\"", "W/\"", "*, *", "\"unterminated, " + tag,
                tag + "junk", "\u2028" + tag, "\u202E" + tag, "\uD800", "\"a\",".repeat(3000), "W/W/" + tag)) {
            Response response = raw(kenya).header("If-None-Match", hostile).when().get(path);
            assertThat(response.statusCode()).as(hostile).isIn(200, 304, 400);
            if (response.statusCode() == 400) {
                assertThat(response.contentType()).as(hostile).isEqualTo("application/problem+json");
                assertThat(response.header("Cache-Control")).as(hostile).isEqualTo("no-store");
            }
        }
    }

    @Test
    void everyAnswerTellsABrowserNotToSniffItsTypeNorToFrameIt() {
        String id = TestMeetings.create("H");
        List<Response> answers = List.of(raw(kenya).when().get("/meetings/C20-VC/agenda"), addItem(id, 1),
                raw(kenya).when().get("/meetings/NO-SUCH-MEETING"), given().when().get("/meetings/C20-VC"),
                given().when().get("/q/openapi"));
        assertThat(answers).extracting(Response::statusCode).containsExactly(200, 201, 404, 401, 200);
        for (Response answer : answers) {
            assertThat(answer.header("X-Content-Type-Options")).isEqualTo("nosniff");
            assertThat(answer.header("X-Frame-Options")).isEqualTo("DENY");
            assertThat(answer.header("Content-Security-Policy")).isEqualTo("frame-ancestors 'none'");
        }
    }

    @Test
    void corsIsOffByDefault() {
        Response response = raw(kenya).header("Origin", "https://ministry.example.org").when()
                .get("/meetings/C20-VC");
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.header("Access-Control-Allow-Origin")).isNull();
    }
}
