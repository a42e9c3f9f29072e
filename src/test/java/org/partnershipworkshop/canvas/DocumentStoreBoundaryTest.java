package org.partnershipworkshop.canvas;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.Test;
import org.springframework.stereotype.Service;

/**
 * The document store checks no rights, so only application services reach it, inside their own checked
 * transaction: no screen and no endpoint depends on it (decision 0081).
 */
class DocumentStoreBoundaryTest {

    private static final JavaClasses MAIN = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.partnershipworkshop");

    private static final ArchRule ONLY_SERVICES = classes().that().areAssignableTo(DocumentStore.class)
            .should().onlyBeAccessed().byClassesThat().areAnnotatedWith(Service.class);

    private static final ArchRule NO_SCREEN_OR_ENDPOINT = noClasses().that().resideInAnyPackage("..ui..", "..api..")
            .should().dependOnClassesThat().areAssignableTo(DocumentStore.class);

    @Test
    void onlyApplicationServicesUseTheStore() {
        ONLY_SERVICES.check(MAIN);
        NO_SCREEN_OR_ENDPOINT.check(MAIN);
    }

    /** Not a service: the kind of class the rule must catch. */
    static class PlantedScreen {
        Object read(DocumentStore store, DocumentKey key) {
            return store.find(key);
        }
    }

    @Test
    void theRuleCatchesAClassThatIsNoService() {
        JavaClasses planted = new ClassFileImporter().importClasses(DocumentStore.class, PlantedScreen.class);
        assertThat(ONLY_SERVICES.evaluate(planted).hasViolation()).isTrue();
    }
}
