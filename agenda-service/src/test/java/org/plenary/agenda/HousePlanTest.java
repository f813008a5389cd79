package org.plenary.agenda;

import org.junit.jupiter.api.Test;
import org.plenary.infra.HousePlan;

/** Feature packages without cycles, no other service's code, JAX-RS in resources only (see HousePlan). */
class HousePlanTest {

    @Test
    void theCodeKeepsTheHousePlan() {
        HousePlan.of("org.plenary.agenda").check();
    }
}
