package org.protocolplanner;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.ArchConfiguration;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.net.URISyntaxException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RestController;

/**
 * A controller answers HTTP and leaves reading tables to its module's services: SQL in a controller
 * is where one module starts querying another's tables unseen.
 */
class ControllersUseNoSqlTest {

    /**
     * The application's own compiled classes only, read from their directory: the classes they use are
     * named, not read from their jars, which is all a rule about dependencies needs.
     */
    private static final JavaClasses APPLICATION = importApplication();

    private static JavaClasses importApplication() {
        ArchConfiguration configuration = ArchConfiguration.get();
        boolean resolving = configuration.resolveMissingDependenciesFromClassPath();
        configuration.setResolveMissingDependenciesFromClassPath(false);
        try {
            Path classes = Path.of(ProtocolPlannerApplication.class
                    .getProtectionDomain()
                    .getCodeSource()
                    .getLocation()
                    .toURI());
            return new ClassFileImporter()
                    .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                    .importPath(classes.resolve("org/protocolplanner"));
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        } finally {
            configuration.setResolveMissingDependenciesFromClassPath(resolving);
        }
    }

    @Test
    void importsTheRealControllers() {
        assertThat(APPLICATION.contain("org.protocolplanner.feed.FeedController"))
                .isTrue();
        assertThat(APPLICATION.contain("org.protocolplanner.venue.VenueQueries"))
                .isTrue();
    }

    @Test
    void controllersHoldNoJdbcTemplate() {
        noClasses()
                .that()
                .areAnnotatedWith(RestController.class)
                .or()
                .areAnnotatedWith(Controller.class)
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("org.springframework.jdbc..")
                .allowEmptyShould(false)
                .check(APPLICATION);
    }
}
