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
import org.protocolplanner.planning.ScheduleScorer;

/**
 * The planning engine (the model, constraints, figures and analysis) is plain Java, so the solver never
 * touches persistence or web state. Its package-info files alone name Spring Modulith's annotations, which
 * declare the module to the modularity check and are never used at run time.
 */
class PlanningModelArchitectureTest {

    /**
     * Imported from the directory of the compiled planning packages only: scanning the whole class path for
     * the package opens every jar (the embedded PostgreSQL binaries among them) and takes half a minute.
     */
    private static final JavaClasses PLANNING = importPlanning();

    /**
     * Only the planning packages' own classes are imported; the classes they use are named, not read from
     * their jars, which is all a rule about packages needs.
     */
    private static JavaClasses importPlanning() {
        ArchConfiguration configuration = ArchConfiguration.get();
        boolean resolving = configuration.resolveMissingDependenciesFromClassPath();
        configuration.setResolveMissingDependenciesFromClassPath(false);
        try {
            return new ClassFileImporter()
                    .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                    .importPath(planningDirectory());
        } finally {
            configuration.setResolveMissingDependenciesFromClassPath(resolving);
        }
    }

    private static Path planningDirectory() {
        try {
            Path classes = Path.of(ProtocolSchedule.class
                    .getProtectionDomain()
                    .getCodeSource()
                    .getLocation()
                    .toURI());
            return classes.resolve("org/protocolplanner/planning");
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void importsTheRealModel() {
        assertThat(PLANNING.contain(ProtocolSchedule.class)).isTrue();
        assertThat(PLANNING.contain(EngagementAssignment.class)).isTrue();
        assertThat(PLANNING.contain(ScheduleScorer.class)).isTrue();
    }

    @Test
    void dependsOnNoSpringJpaOrJackson() {
        noClasses()
                .that()
                .resideInAPackage("org.protocolplanner.planning..")
                .and()
                .doNotHaveSimpleName("package-info")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(
                        "org.springframework..",
                        "jakarta.persistence..",
                        "javax.persistence..",
                        "tools.jackson..",
                        "com.fasterxml.jackson..")
                .allowEmptyShould(false)
                .check(PLANNING);
    }
}
