package org.plenary.contribution.contribution;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.UUID;

/** What a member state wrote, by the letter's template, and where it belongs: one revision's content. */
@Embeddable
public class ContributionContent {

    @Column(name = "item_id", nullable = false)
    public UUID itemId;

    @Column(name = "item_number", nullable = false)
    public int itemNumber;

    /** The item's document ({@code C20/55}), or {@code item 15} for an item without one. */
    @Column(name = "document_reference", nullable = false)
    public String documentReference;

    @Column(nullable = false)
    public String title;

    @Column(name = "comments_on_document", nullable = false)
    public String commentsOnDocument;

    @Column(name = "proposed_way_forward", nullable = false)
    public String proposedWayForward;

    /** UN language code of the text. */
    @Column(nullable = false)
    public String language;

    @Column(name = "contact_name", nullable = false)
    public String contactName;

    @Column(name = "contact_email", nullable = false)
    public String contactEmail;

    /** Measured by {@code TextLength}: the basis of the two-page recommendation. */
    @Column(nullable = false)
    public int words;

    @Column(name = "estimated_pages", nullable = false, precision = 5, scale = 1)
    public BigDecimal estimatedPages;

    /** Whether a revision would change nothing a reader sees. */
    public boolean sameAs(ContributionContent other) {
        return Objects.equals(itemId, other.itemId) && Objects.equals(documentReference, other.documentReference)
                && Objects.equals(title, other.title) && Objects.equals(commentsOnDocument, other.commentsOnDocument)
                && Objects.equals(proposedWayForward, other.proposedWayForward)
                && Objects.equals(language, other.language) && Objects.equals(contactName, other.contactName)
                && Objects.equals(contactEmail, other.contactEmail);
    }

    public ContributionContent copy() {
        ContributionContent copy = new ContributionContent();
        copy.itemId = itemId;
        copy.itemNumber = itemNumber;
        copy.documentReference = documentReference;
        copy.title = title;
        copy.commentsOnDocument = commentsOnDocument;
        copy.proposedWayForward = proposedWayForward;
        copy.language = language;
        copy.contactName = contactName;
        copy.contactEmail = contactEmail;
        copy.words = words;
        copy.estimatedPages = estimatedPages;
        return copy;
    }
}
