package org.plenary.contribution.contribution;

import java.util.Arrays;
import java.util.Locale;

/**
 * A contribution's entity tag: its revision while it can still be revised ({@code "3"}), and the revision with the
 * status once published or withdrawn ({@code "3-published"}), so that a reader holding the old tag sees the change.
 * If-Match on a revision compares revisions: strongly (a weak tag never matches), {@code *} matching any.
 */
final class ContributionTag {

    private ContributionTag() {
    }

    /** The tag's value, unquoted. */
    static String of(Contribution contribution) {
        return contribution.status == Contribution.Status.SUBMITTED
                ? String.valueOf(contribution.revision)
                : contribution.revision + "-" + contribution.status.name().toLowerCase(Locale.ROOT);
    }

    /** @param ifMatch an If-Match header: {@code *} or a list of tags; null matches */
    static boolean matchesRevision(String ifMatch, Contribution contribution) {
        if (ifMatch == null || ifMatch.strip().equals("*")) {
            return true;
        }
        return Arrays.stream(ifMatch.split(",")).map(String::strip)
                .filter(tag -> tag.length() > 2 && tag.startsWith("\"") && tag.endsWith("\""))
                .map(tag -> tag.substring(1, tag.length() - 1).split("-", 2)[0])
                .anyMatch(String.valueOf(contribution.revision)::equals);
    }
}
