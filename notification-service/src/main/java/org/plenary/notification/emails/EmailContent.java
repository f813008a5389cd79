package org.plenary.notification.emails;

import java.util.List;

/**
 * What one email says, already in its language: the one model both templates (plain text and HTML) render.
 *
 * @param link      a personal link, or null
 * @param linkLabel what the link is ("Your speaker link")
 */
public record EmailContent(String subject, String greeting, List<String> paragraphs, List<Fact> facts, String link,
                           String linkLabel, String footer) {

    /** An email that states facts (label: value) and carries no link. */
    public static EmailContent of(String subject, String greeting, List<String> paragraphs, List<Fact> facts,
                                  String footer) {
        return new EmailContent(subject, greeting, paragraphs, facts, null, null, footer);
    }

    /** A participant's email: a personal link (null when the one they have stays valid) and what it is. */
    public static EmailContent withLink(String subject, String greeting, List<String> paragraphs, String link,
                                        String linkLabel, String footer) {
        return new EmailContent(subject, greeting, paragraphs, List.of(), link, linkLabel, footer);
    }

    public record Fact(String label, String value) {
    }
}
