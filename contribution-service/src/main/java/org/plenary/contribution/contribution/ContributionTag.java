package org.plenary.contribution.contribution;

import org.plenary.platform.caching.EntityTags;

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

    /**
     * @param ifMatch an If-Match header: {@code *} or a list of tags, compared strongly (platform's
     *                caching/EntityTags); null matches. The revision decides, whatever the status the tag names.
     */
    static boolean matchesRevision(String ifMatch, Contribution contribution) {
        return ifMatch == null || EntityTags.matchHits(ifMatch, quoted(String.valueOf(contribution.revision)),
                quoted(of(contribution)));
    }

    private static String quoted(String value) {
        return '"' + value + '"';
    }
}
