package org.plenary.registration.capacity;

/**
 * The additional speakers granted so far, as the speaker pool must count them. Answered where they are decided
 * (additional/), so the pool's rule stays here without this package knowing that feature.
 */
public interface GrantedAdditionalSpeakers {

    /** The most additional speakers granted in any one session or item of the meeting (0 when none). */
    int mostInOneScope(String meetingId);
}
