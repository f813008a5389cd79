package org.plenary.contribution.contribution;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.plenary.platform.problem.Problem;
import org.plenary.platform.problem.ProblemException;

import java.util.List;

/**
 * A contribution names a document or item that is not on the meeting's agenda, or names it ambiguously. The problem
 * lists the references that do exist, so the member state's system can correct itself.
 */
public class UnknownDocumentReference extends ProblemException {

    /** One item as a contribution may refer to it. */
    @Schema(name = "AgendaItemDocumentReference")
    public record Reference(String reference, int itemNumber, String title) {
    }

    public UnknownDocumentReference(String field, String detail, List<Reference> suggestions,
                                    List<Reference> references) {
        super(Problem.of("unknown-document-reference", "Not a reference on the agenda", 422, detail)
                .withErrors(List.of(new Problem.FieldError(field, "on-agenda",
                        "must be the document reference of an item on the agenda (C20/##), "
                                + "or the number of an item without a document")))
                .withMembers(new Members(suggestions, references)));
    }

    /** The members this problem adds to {@link Problem}, for the OpenAPI document. */
    @Schema(name = "UnknownDocumentReferenceProblem", allOf = Problem.class,
            description = "The document reference is not on the agenda: the closest ones and all that are")
    public record Members(List<Reference> suggestions, List<Reference> references) {
    }
}
