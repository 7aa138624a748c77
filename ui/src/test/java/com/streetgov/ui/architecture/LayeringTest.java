package com.streetgov.ui.architecture;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import jakarta.persistence.Entity;
import java.util.stream.Stream;

/**
 * Keeps the layering honest across all three modules (the ui test classpath sees them all): ui →
 * tenant-config → core, never back; application never reaches into infrastructure (it is injected);
 * domain packages free of UI, web and persistence plumbing and of JPA mapping; ui free of JPA; every
 * entity tenant-owned but the district registry; no cycles between features.
 */
@AnalyzeClasses(packages = "com.streetgov", importOptions = ImportOption.DoNotIncludeTests.class)
class LayeringTest {

    private static final String UI = "com.streetgov.ui..";
    private static final String TENANT_CONFIG = "com.streetgov.tenantconfig..";

    @ArchTest
    static final ArchRule core_depends_on_neither_tenant_config_nor_ui = noClasses()
            .that()
            .resideOutsideOfPackages(UI, TENANT_CONFIG)
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage(UI, TENANT_CONFIG);

    @ArchTest
    static final ArchRule tenant_config_does_not_depend_on_ui = noClasses()
            .that()
            .resideInAPackage(TENANT_CONFIG)
            .should()
            .dependOnClassesThat()
            .resideInAPackage(UI);

    @ArchTest
    static final ArchRule domain_is_free_of_ui_web_and_persistence_plumbing = noClasses()
            .that()
            .resideInAPackage("..domain..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage(
                    "com.vaadin..",
                    "jakarta.servlet..",
                    "jakarta.ws.rs..",
                    "jakarta.transaction..",
                    "java.sql..",
                    "..application..",
                    "..infrastructure..")
            .orShould()
            .dependOnClassesThat()
            .haveFullyQualifiedName("jakarta.persistence.EntityManager");

    @ArchTest
    static final ArchRule only_the_ui_module_uses_vaadin_and_jax_rs = noClasses()
            .that()
            .resideOutsideOfPackage(UI)
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage("com.vaadin..", "jakarta.ws.rs..", "jakarta.servlet..");

    @ArchTest
    static final ArchRule features_are_free_of_cycles =
            slices().matching("com.streetgov.(*)..").should().beFreeOfCycles();

    /**
     * No cycles between ui feature packages: features use {@code shell} (the layout, access control,
     * the start page's {@code RoleDashboard} qualifier) and shared packages, and no package needs one
     * that needs it back. The menu is built from the views' {@code @Menu} (issue 12 item 2), so the
     * shell names no view.
     */
    @ArchTest
    static final ArchRule ui_feature_packages_are_free_of_cycles = slices().matching("com.streetgov.ui.(*)..")
            .should()
            .beFreeOfCycles()
            .because("a ui feature may use the shell and shared ui packages but no package may need one that"
                    + " needs it back (the menu is built from the routes, so the shell names no view)");

    @ArchTest
    static final ArchRule application_never_depends_on_infrastructure = noClasses()
            .that()
            .resideInAPackage("..application..")
            .should()
            .dependOnClassesThat()
            .resideInAPackage("..infrastructure..");

    @ArchTest
    static final ArchRule ui_never_uses_persistence = noClasses()
            .that()
            .resideInAPackage(UI)
            .should()
            .dependOnClassesThat()
            .resideInAPackage("jakarta.persistence..");

    /**
     * Domain types carry no JPA mapping; the mapping lives in each feature's infrastructure
     * ({@code *Entity}). Two exceptions, by name: {@code District}, the tenant registry itself (not
     * tenant-owned, the one entity outside multitenancy), and {@code Street}, its streets — both mapped on
     * the class since DD001 because onboarding and the tenancy tests persist them directly; giving them
     * records of their own belongs with issue 12's mapping work (item 4), not with this rule.
     */
    @ArchTest
    static final ArchRule domain_is_free_of_jpa = noClasses()
            .that()
            .resideInAPackage("..domain..")
            .and()
            .doNotHaveFullyQualifiedName("com.streetgov.organisation.domain.District")
            .and()
            .doNotHaveFullyQualifiedName("com.streetgov.organisation.domain.Street")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage("jakarta.persistence..", "org.eclipse.persistence..");

    /** Every entity is tenant-owned (EclipseLink's {@code @Multitenant}, DD001) but the registry of districts. */
    @ArchTest
    static final ArchRule every_entity_but_the_district_registry_is_multitenant = classes()
            .that()
            .areAnnotatedWith(Entity.class)
            .and()
            .doNotHaveFullyQualifiedName("com.streetgov.organisation.domain.District")
            .should(beMultitenant());

    private static ArchCondition<JavaClass> beMultitenant() {
        return new ArchCondition<>("be @Multitenant (on the class or a mapped superclass)") {
            @Override
            public void check(JavaClass entity, ConditionEvents events) {
                boolean multitenant = Stream.concat(Stream.of(entity), entity.getAllRawSuperclasses().stream())
                        .anyMatch(c -> c.isAnnotatedWith("org.eclipse.persistence.annotations.Multitenant"));
                if (!multitenant) {
                    events.add(SimpleConditionEvent.violated(entity, entity.getName() + " is not @Multitenant"));
                }
            }
        };
    }

    /**
     * The shell (layout, access control, language) depends on no feature of the UI: its menu is built
     * from the views' {@code @Menu}, so the features depend on the shell and never the other way round.
     */
    @ArchTest
    static final ArchRule shell_depends_on_no_ui_feature = noClasses()
            .that()
            .resideInAPackage("com.streetgov.ui.shell..")
            .should()
            .dependOnClassesThat(resideInAPackage(UI)
                    .and(not(resideInAnyPackage("com.streetgov.ui.shell..", "com.streetgov.ui.security.."))));

    /** A vendor's review of a district is logged first: only VendorReview makes a reviewing caller (DD023). */
    @ArchTest
    static final ArchRule only_vendor_review_makes_a_reviewing_caller = noClasses()
            .that()
            .doNotHaveFullyQualifiedName("com.streetgov.audit.application.VendorReview")
            .should()
            .callMethod(com.streetgov.tenancy.Caller.class, "reviewing", String.class);
}
