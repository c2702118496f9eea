package org.protocolplanner.planning.model;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.ArchConfiguration;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.net.URISyntaxException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The planning model is plain Java, so the solver never touches persistence or web state. */
class PlanningModelArchitectureTest {

    /**
     * Imported from the directory of the compiled model only: scanning the whole class path for the
     * package opens every jar (the embedded PostgreSQL binaries among them) and takes half a minute.
     */
    private static final JavaClasses MODEL = importModel();

    /**
     * Only the model's own classes are imported; the classes it uses are named, not read from their jars,
     * which is all a rule about packages needs.
     */
    private static JavaClasses importModel() {
        ArchConfiguration configuration = ArchConfiguration.get();
        boolean resolving = configuration.resolveMissingDependenciesFromClassPath();
        configuration.setResolveMissingDependenciesFromClassPath(false);
        try {
            return new ClassFileImporter()
                    .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                    .importPath(modelDirectory());
        } finally {
            configuration.setResolveMissingDependenciesFromClassPath(resolving);
        }
    }

    private static Path modelDirectory() {
        try {
            Path classes = Path.of(ProtocolSchedule.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            return classes.resolve(ProtocolSchedule.class.getPackageName().replace('.', '/'));
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void importsTheRealModel() {
        assertThat(MODEL.contain(ProtocolSchedule.class)).isTrue();
        assertThat(MODEL.contain(EngagementAssignment.class)).isTrue();
    }

    @Test
    void dependsOnNoSpringJpaOrJackson() {
        noClasses().that().resideInAPackage("org.protocolplanner.planning.model..")
                .should().dependOnClassesThat().resideInAnyPackage(
                        "org.springframework..", "jakarta.persistence..", "javax.persistence..",
                        "tools.jackson..", "com.fasterxml.jackson..")
                .allowEmptyShould(false)
                .check(MODEL);
    }
}
