package org.plenary.agenda.agenda;

import org.plenary.platform.problem.Problem;
import org.plenary.platform.problem.ProblemException;

import java.util.List;

/** A request names an agenda item the meeting does not have. */
public class ItemNotOnAgenda extends ProblemException {

    public ItemNotOnAgenda(String field, int number, int items) {
        super(Problem.of("item-not-on-agenda", "Item not on the agenda", 422,
                        "The agenda has no item " + number + "; its items are numbered 1 to " + items)
                .withErrors(List.of(new Problem.FieldError(field, "on-agenda",
                        "must be the number of an item on the agenda (1 to " + items + ")"))));
    }
}
