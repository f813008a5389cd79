package org.plenary.registration.capacity;

/**
 * A meeting's pools were set anew (by an announcement from agenda-service or by the secretariat), in the transaction
 * that holds the meeting's capacity row: free viewer places go to the waiting list before any newcomer.
 */
public record PoolsRaised(MeetingCapacity capacity) {
}
