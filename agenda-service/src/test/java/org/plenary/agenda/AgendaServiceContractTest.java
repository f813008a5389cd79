package org.plenary.agenda;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import org.plenary.infra.quarkus.ServiceContract;

@QuarkusTest
class AgendaServiceContractTest {

    @Test
    void readyDocumentedAndAnsweringWithProblems() {
        ServiceContract.assertServed("Plenary agenda-service");
    }
}
