package org.plenary.registration.delegation;

/** The pools the secretariat sets for a meeting: speaker and viewer places, and the most speakers per delegation. */
public record Pools(int speakers, int viewers, int speakersPerDelegationMax) {
}
