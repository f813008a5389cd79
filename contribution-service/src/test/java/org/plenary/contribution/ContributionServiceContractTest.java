package org.plenary.contribution;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import org.plenary.infra.quarkus.ServiceContract;

@QuarkusTest
class ContributionServiceContractTest {

    @Test
    void readyDocumentedAndAnsweringWithProblems() {
        ServiceContract.assertServed("Plenary contribution-service");
    }
}
