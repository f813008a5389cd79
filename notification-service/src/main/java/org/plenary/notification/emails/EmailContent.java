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

    public record Fact(String label, String value) {
    }
}
