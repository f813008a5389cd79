package org.plenary.infra;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The rules fail on what they forbid (fixtures under {@code org.plenary.fixture}), and pass a clean layout. */
class HousePlanTest {

    private static JavaClasses classesOf(String basePackage) {
        return new ClassFileImporter().importPackages(basePackage);
    }

    @Test
    void aCycleBetweenTwoFeaturesAReachIntoAnotherModuleAndAServiceTakingARequestBodyFailTheBuildNamingEach() {
        assertThatThrownBy(() -> HousePlan.of("org.plenary.fixture.shop").check(classesOf("org.plenary.fixture.shop")))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("Cycle detected: feature basket")
                .hasMessageContaining("Dependencies of feature order")
                .hasMessageContaining("Till.port()> calls method <org.plenary.infra.Ports.free()>")
                .hasMessageContaining("OrderService.place(org.plenary.fixture.shop.order.PlaceOrderRequest)> has "
                        + "parameter of type <org.plenary.fixture.shop.order.PlaceOrderRequest>");
    }

    @Test
    void featuresThatDependOneWayPass() {
        assertThatCode(() -> HousePlan.of("org.plenary.fixture.clean").check(classesOf("org.plenary.fixture.clean")))
                .doesNotThrowAnyException();
    }
}
