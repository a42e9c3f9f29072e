package org.partnershipworkshop;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;
import org.springframework.data.repository.Repository;
import org.springframework.stereotype.Service;

/** The habits of DEVELOPERS.md that a machine can check. */
class ArchitectureTest {

    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.partnershipworkshop");

    @Test
    void featuresDoNotDependOnEachOtherInCycles() {
        slices().matching("org.partnershipworkshop.(*)..").should().beFreeOfCycles().check(CLASSES);
    }

    @Test
    void repositoriesAreUsedOnlyByServices() {
        classes().that().areAssignableTo(Repository.class)
                .should().onlyBeAccessed().byClassesThat().areAnnotatedWith(Service.class)
                .orShould().onlyBeAccessed().byClassesThat().areAssignableTo(Repository.class)
                .check(CLASSES);
    }

    @Test
    void repositoriesAndEntitiesAreNotPublic() {
        classes().that().areAssignableTo(Repository.class).should().notBePublic().check(CLASSES);
        classes().that().areAnnotatedWith(jakarta.persistence.Entity.class).should().notBePublic().check(CLASSES);
    }

    @Test
    void viewsCallServicesNotRepositories() {
        noClasses().that().resideInAPackage("..ui..").should().dependOnClassesThat()
                .areAssignableTo(Repository.class).check(CLASSES);
        noClasses().that().resideInAPackage("..ui..").should().dependOnClassesThat()
                .areAnnotatedWith(jakarta.persistence.Entity.class).check(CLASSES);
    }

    @Test
    void userTextIsNeverRenderedAsHtml() throws java.io.IOException {
        noClasses().should().dependOnClassesThat().areAssignableTo(com.vaadin.flow.component.Html.class).check(CLASSES);
        try (var files = java.nio.file.Files.walk(java.nio.file.Path.of("src/main/java"))) {
            for (var file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                org.assertj.core.api.Assertions.assertThat(java.nio.file.Files.readString(file))
                        .as("%s sets innerHTML", file).doesNotContain("innerHTML");
            }
        }
    }

    @Test
    void publicServiceMethodsAreTransactionalAndSecured() {
        com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods()
                .that().areDeclaredInClassesThat().areAnnotatedWith(Service.class)
                .and().areDeclaredInClassesThat().haveSimpleNameEndingWith("Service")
                .and().arePublic()
                .and().doNotHaveName("loadUserByUsername")
                .and().doNotHaveName("createFirstAdmin")
                .and().doNotHaveName("findTemplate")
                .should().beAnnotatedWith(org.springframework.security.access.prepost.PreAuthorize.class)
                .check(CLASSES);
    }
}
