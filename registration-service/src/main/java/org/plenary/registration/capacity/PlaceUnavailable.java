package org.plenary.registration.capacity;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.plenary.platform.problem.Problem;
import org.plenary.platform.problem.ProblemException;


/** A limit that would be exceeded: the speaker or viewer pool, or a delegation's speakers. Says which and its usage. */
public class PlaceUnavailable extends ProblemException {

    private PlaceUnavailable(String slug, String title, String detail, String limit, int capacity, int used) {
        super(slug, title, 409, detail, new Members(limit, capacity, used));
    }

    public static PlaceUnavailable speakerPool(String meetingId, int capacity, int used, String scope) {
        return new PlaceUnavailable("speaker-pool-full", "The speaker pool is full",
                "All " + capacity + " speaker places of " + meetingId + " are taken" + scope + " (" + used
                        + " used)", "speakers", capacity, used);
    }

    public static PlaceUnavailable viewerPool(String meetingId, int capacity, int used) {
        return new PlaceUnavailable("viewer-pool-full", "The viewer pool is full",
                "All " + capacity + " viewer places of " + meetingId + " are taken (" + used + " used); register "
                        + "with waitIfFull to join the waiting list", "viewers", capacity, used);
    }

    public static PlaceUnavailable delegationSpeakers(String memberState, int max, int used) {
        return new PlaceUnavailable("delegation-speaker-limit", "The delegation has its speakers",
                "The delegation of " + memberState + " already has " + used + " of at most " + max
                        + " speakers; cancel one, make one a viewer, or ask for an additional speaker",
                "speakersPerDelegation", max, used);
    }

    /** The members this problem adds to {@link Problem}, for the OpenAPI document. */
    @Schema(name = "PlaceUnavailableProblem", allOf = Problem.class,
            description = "A pool or a delegation has no place left: which limit, its size and its use")
    public record Members(@Schema(enumeration = {"speakers", "viewers", "speakersPerDelegation"}, required = true)
                          String limit,
                          @Schema(required = true) int capacity, @Schema(required = true) int used) {
    }
}
