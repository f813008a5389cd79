package org.plenary.registration;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import org.plenary.infra.quarkus.ServiceContract;

@QuarkusTest
class RegistrationServiceContractTest {

    @Test
    void readyDocumentedAndAnsweringWithProblems() {
        ServiceContract.assertServed("Plenary registration-service");
    }
}
