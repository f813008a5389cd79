package org.plenary.notification;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import org.plenary.infra.quarkus.ServiceContract;

@QuarkusTest
class NotificationServiceContractTest {

    @Test
    void readyDocumentedAndAnsweringWithProblems() {
        ServiceContract.assertServed("Plenary notification-service");
    }
}
