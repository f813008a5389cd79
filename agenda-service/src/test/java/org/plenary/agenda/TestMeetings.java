package org.plenary.agenda;

import io.restassured.http.ContentType;
import org.plenary.infra.Engines;
import org.plenary.infra.UniqueIds;

import static io.restassured.RestAssured.given;

/** Meetings of a test's own, so tests that change an agenda or a deadline never touch the seeded C20-VC. */
public final class TestMeetings {

    private TestMeetings() {
    }

    /** A new meeting in Geneva, starting 9 June 2020, contributions due by 2 June 2020; returns its id. */
    public static String create(String idPrefix) {
        String id = UniqueIds.id(idPrefix);
        given().auth().oauth2(Engines.shared().tokens().secretariat()).contentType(ContentType.JSON).body("""
                        {"id": "%s", "title": {"en": "Rehearsal"}, "timeZone": "Europe/Zurich",
                         "startsOn": "2020-06-09", "contributionDeadlineDate": "2020-06-02",
                         "mailboxes": {"contributions": "c@example.org", "speakerRegistration": "r@example.org",
                                       "speakerRegistrationCc": "rc@example.org", "secretariat": "s@example.org"},
                         "capacity": {"speakers": 300, "viewers": 2000, "speakersPerDelegationMin": 1,
                                      "speakersPerDelegationMax": 3}}
                        """.formatted(id))
                .when().post("/meetings").then().statusCode(201);
        return id;
    }
}
