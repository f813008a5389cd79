package org.plenary.events.contribution;

import org.plenary.events.PlenaryEvent;
import org.plenary.events.Topics;

/** An event of the contribution aggregate: published on {@link Topics#CONTRIBUTION}. */
public interface ContributionEvent extends PlenaryEvent {

    @Override
    default String topic() {
        return Topics.CONTRIBUTION;
    }
}
