package org.protocolplanner;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import org.junit.jupiter.api.Test;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RestController;

/**
 * A controller answers HTTP and leaves reading tables to its module's services: SQL in a controller
 * is where one module starts querying another's tables unseen.
 */
class ControllersUseNoSqlTest {

    private static final JavaClasses APPLICATION = ApplicationClasses.all();

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
