package org.plenary.agenda.timeplan;

import org.plenary.platform.problem.Problem;
import org.plenary.platform.problem.ProblemException;

import java.util.List;
import java.util.UUID;

public class ItemAlreadyAllocated extends ProblemException {

    public ItemAlreadyAllocated(String field, int itemNumber, UUID otherSession) {
        super(Problem.of("item-already-allocated", "Item already allocated", 409, "Item " + itemNumber
                        + " is already allocated to session " + otherSession + "; an item is discussed in one session")
                .withErrors(List.of(new Problem.FieldError(field, "allocated-once", "is allocated to another session"))));
    }
}
