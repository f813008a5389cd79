package org.plenary.agenda;

import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.jwt.auth.principal.JWTParser;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.plenary.infra.DevTokens;
import org.plenary.infra.Engines;
import org.plenary.platform.security.VerifiedTokens;

import java.time.Duration;
import java.time.Instant;
import java.util.Set;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Requests authenticate through platform's VerifiedTokens: a token's signature is verified once, and a token
 * verification refuses is refused every time it comes back.
 */
@QuarkusTest
class TokenVerificationTest {

    @Inject
    JWTParser parser;

    @Test
    void aMemberStatesTokenIsVerifiedOnceAndServesEveryRequestAfter() throws Exception {
        String kenya = Engines.shared().tokens().memberState("KEN");
        for (int i = 0; i < 3; i++) {
            given().auth().oauth2(kenya).when().get("/meetings").then().statusCode(200);
        }
        assertThat(parser).isInstanceOf(VerifiedTokens.class);
        assertThat(parser.parse(kenya)).isSameAs(parser.parse(kenya));
        assertThat(parser.parse(kenya).getClaim("member_state").toString()).isEqualTo("KEN");
    }

    @Test
    void aRefusedTokenIsRefusedAgainAndAnotherTokenIsNotTakenForAVerifiedOne() {
        DevTokens tokens = Engines.shared().tokens();
        String tooOld = tokens.secretariatIssuedAt(Instant.now().minus(Duration.ofDays(31)));
        String otherAudience = tokens.claiming(Set.of("secretariat"), null, "another-application");
        String secretariat = tokens.secretariat();
        for (int i = 0; i < 2; i++) {
            given().auth().oauth2(secretariat).when().get("/meetings").then().statusCode(200);
            given().auth().oauth2(tooOld).when().get("/meetings").then().statusCode(401);
            given().auth().oauth2(otherAudience).when().get("/meetings").then().statusCode(401);
            given().auth().oauth2(secretariat + "x").when().get("/meetings").then().statusCode(401);
        }
    }
}
