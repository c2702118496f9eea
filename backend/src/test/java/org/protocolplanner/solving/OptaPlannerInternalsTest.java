package org.protocolplanner.solving;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * OptaPlanner's {@code impl} packages are not its API and change between releases: of the solving
 * module only the adapter around one solver may reach into them, so that an upgrade touches one class.
 */
class OptaPlannerInternalsTest {

    private static final String INTERNALS = "org.optaplanner.core.impl..";

    private static final JavaClasses SOLVING = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.protocolplanner.solving");

    @Test
    void onlyTheAdapterUsesOptaPlannersInternals() {
        noClasses()
                .that()
                .doNotBelongToAnyOf(OptaPlannerRun.class)
                .should()
                .dependOnClassesThat()
                .resideInAPackage(INTERNALS)
                .allowEmptyShould(false)
                .check(SOLVING);
    }

    /** The rule above would hold of classes never imported: the adapter is there and does use them. */
    @Test
    void theAdapterIsWhereTheInternalsAreUsed() {
        classes()
                .that()
                .areAssignableTo(OptaPlannerRun.class)
                .should()
                .dependOnClassesThat()
                .resideInAPackage(INTERNALS)
                .allowEmptyShould(false)
                .check(SOLVING);
    }
}
