package org.plenary.contribution.contribution;

import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.plenary.platform.text.SingleLine;

@Schema(name = "WithdrawContribution")
public record WithdrawRequest(
        @Size(max = 2000) @Schema(example = "Superseded by a joint contribution") @SingleLine String reason) {
}
