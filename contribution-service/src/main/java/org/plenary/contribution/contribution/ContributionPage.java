package org.plenary.contribution.contribution;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

@Schema(name = "ContributionPage", description = "One page of a filtered list, oldest submission first")
public record ContributionPage(int page, int size, long total, List<ContributionView> contributions) {
}
