package org.plenary.notification.emails;

import org.plenary.platform.i18n.Languages;

import java.util.List;

/**
 * What one email says, already in its language: the one model both templates (plain text and HTML) render.
 *
 * @param language  the language it is written in (a UN language code), which the HTML part declares with its direction
 * @param link      a personal link, or null
 * @param linkLabel what the link is ("Your speaker link")
 * @param footer    the lines under every email: the meeting, where replies go, the meeting's contact person
 */
public record EmailContent(String language, String subject, String greeting, List<String> paragraphs,
                           List<Fact> facts, String link, String linkLabel, List<String> footer) {

    /** An email that states facts (label: value) and carries no link. */
    public static EmailContent of(String language, String subject, String greeting, List<String> paragraphs,
                                  List<Fact> facts, List<String> footer) {
        return new EmailContent(language, subject, greeting, paragraphs, facts, null, null, footer);
    }

    /** A participant's email: a personal link (null when the one they have stays valid) and what it is. */
    public static EmailContent withLink(String language, String subject, String greeting, List<String> paragraphs,
                                        String link, String linkLabel, List<String> footer) {
        return new EmailContent(language, subject, greeting, paragraphs, List.of(), link, linkLabel, footer);
    }

    /** The HTML part's direction ({@link Languages#rightToLeft}). */
    public String dir() {
        return rightToLeft() ? "rtl" : "ltr";
    }

    /**
     * The side a line starts on, "left" or "right" by {@link #dir()}: spelled out because email clients do not all
     * know CSS's logical {@code start} and {@code end}.
     */
    public String start() {
        return rightToLeft() ? "right" : "left";
    }

    /** The side a line ends on, opposite {@link #start()}. */
    public String end() {
        return rightToLeft() ? "left" : "right";
    }

    private boolean rightToLeft() {
        return Languages.rightToLeft(language);
    }

    /** One row of the email's table: a label and its value, which may run over several lines (a contribution's text). */
    public record Fact(String label, String value) {

        /** A value of several lines is written under its label in the text part, not beside it. */
        public boolean multiline() {
            return value != null && value.contains("\n");
        }
    }
}
