package org.plenary.registration.delegation;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "CapacityUsage", description = "The pools as they stand; a member state sees its own delegation only")
public record UsageView(String meetingId, Pool speakers, Pool viewers, long waiting, int speakersPerDelegationMin,
                        int speakersPerDelegationMax, List<DelegationUsage> delegations,
                        @Schema(description = "The states the meeting is addressed to (every directory state, or the "
                                + "Council's Member States) with no active speaker yet (the letter asks 1 to 3)")
                        List<String> delegationsWithoutSpeaker) {

    @Schema(name = "Pool")
    public record Pool(int capacity, int used, int free) {
    }

    @Schema(name = "DelegationUsage")
    public record DelegationUsage(String memberState, int speakers, int viewers,
                                  @Schema(description = "The delegation takes part as an observer: the meeting is "
                                          + "not addressed to its state")
                                  boolean observer) {
    }
}
