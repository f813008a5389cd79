package org.plenary.registration.delegation;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "SetCapacity", description = "The platform's pools for the meeting")
public record CapacityRequest(@Min(0) @Max(1_000_000) @Schema(example = "300") int speakers,
                              @Min(0) @Max(1_000_000) @Schema(example = "2000") int viewers,
                              @Min(1) @Max(50) @Schema(example = "3") int speakersPerDelegationMax) {

    Pools toCommand() {
        return new Pools(speakers, viewers, speakersPerDelegationMax);
    }
}
