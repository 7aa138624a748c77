package com.streetgov.ui.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * Keeps the layering honest across all three modules (the ui test classpath sees them all): ui →
 * tenant-config → core, never back; domain packages free of UI, web and persistence plumbing; no
 * cycles between features.
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

    /** A vendor's review of a district is logged first: only VendorReview makes a reviewing caller (DD023). */
    @ArchTest
    static final ArchRule only_vendor_review_makes_a_reviewing_caller = noClasses()
            .that()
            .doNotHaveFullyQualifiedName("com.streetgov.audit.application.VendorReview")
            .should()
            .callMethod(com.streetgov.tenancy.Caller.class, "reviewing", String.class);
}
