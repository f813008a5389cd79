package org.plenary.agenda.agenda;

import org.plenary.platform.problem.Problem;
import org.plenary.platform.problem.ProblemException;

import java.util.List;

public class ItemNumberTaken extends ProblemException {

    public ItemNumberTaken(int number) {
        super(Problem.of("item-number-taken", "Item number taken", 409, "The agenda already has an item " + number
                        + "; renumber that item first")
                .withErrors(List.of(new Problem.FieldError("number", "unique", "is the number of another item"))));
    }
}
