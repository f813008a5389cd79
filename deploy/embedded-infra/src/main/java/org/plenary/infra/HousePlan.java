package org.plenary.infra;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.CompositeArchRule;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/**
 * The one layout of the four services, as rules a build can fail on. A service's code lives in feature packages
 * ({@code org.plenary.<service>.<feature>}: its resource, service, repository, entities, requests and views), and
 * another service's data it keeps lives in a package named after that service ({@code agenda}, {@code registration}).
 * <ul>
 * <li>the feature packages depend on each other without cycles;</li>
 * <li>of Plenary's code, a service uses its own, the event contracts ({@code org.plenary.events}) and the platform
 * ({@code org.plenary.platform}) only: services meet through events, never through each other's classes;</li>
 * <li>JAX-RS is used by resources ({@code *Resource}) only: the rest of a feature does not know HTTP;</li>
 * <li>a request body ({@code *Request}, with its validation and its OpenAPI schema) is read by its resource only,
 * which hands the service a command of the feature's own: the HTTP contract and the service change apart.</li>
 * </ul>
 * Each service's {@code HousePlanTest} checks its main classes with {@link #check()}.
 */
public final class HousePlan {

    /** A request body and its nested parts; an entity named for a request (an additional speaker's) is data. */
    private static final DescribedPredicate<JavaClass> PART_OF_A_REQUEST = DescribedPredicate.describe(
            "are part of a request body (*Request)", c -> isRequestBody(c)
                    || c.getEnclosingClass().map(HousePlan::isRequestBody).orElse(false));

    private final String basePackage;

    private HousePlan(String basePackage) {
        this.basePackage = basePackage;
    }

    /** The plan for the service whose code is under {@code basePackage}, e.g. {@code org.plenary.agenda}. */
    public static HousePlan of(String basePackage) {
        return new HousePlan(basePackage);
    }

    /** Checks the service's main classes (its tests are free to reach across features). */
    public void check() {
        check(new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages(basePackage));
    }

    /** @throws AssertionError naming every violation */
    public void check(JavaClasses classes) {
        rules().check(classes);
    }

    ArchRule rules() {
        String own = basePackage + "..";
        return CompositeArchRule.of(slices().matching(basePackage + ".(*)..").namingSlices("feature $1")
                        .should().beFreeOfCycles().allowEmptyShould(true))
                .and(classes().that().resideInAPackage(own).should().onlyDependOnClassesThat(
                        not(resideInAPackage("org.plenary..")).or(resideInAnyPackage(own, "org.plenary.events..",
                                "org.plenary.platform.."))).allowEmptyShould(true)
                        .because("services meet through events only"))
                .and(noClasses().that().resideInAPackage(own).and().haveSimpleNameNotEndingWith("Resource")
                        .should().dependOnClassesThat().resideInAPackage("jakarta.ws.rs..").allowEmptyShould(true)
                        .because("resources alone speak HTTP"))
                .and(noClasses().that().resideInAPackage(own).and(not(PART_OF_A_REQUEST))
                        .and().haveSimpleNameNotEndingWith("Resource")
                        .should().dependOnClassesThat(PART_OF_A_REQUEST).allowEmptyShould(true)
                        .because("services take their own commands; a request body is the resource's"));
    }

    private static boolean isRequestBody(JavaClass c) {
        return c.getSimpleName().endsWith("Request") && !c.isAnnotatedWith("jakarta.persistence.Entity");
    }
}
