package org.protocolplanner.security.directory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.protocolplanner.security.Role;
import org.springframework.boot.context.properties.bind.BindException;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

/** The directory settings as the README and the guide write them, bound as the application binds them. */
class DirectoryPropertiesTest {

    @Test
    void groupsGiveTheirRolesWhateverTheCaseOfTheirNames() {
        DirectoryProperties directory = bind(Map.of(
                "planner.directory.ldap.url", "ldaps://directory.fao.example",
                "planner.directory.ldap.user-search-filter", "(sAMAccountName={0})",
                "planner.directory.group-roles.[Protocol Office]", "PROTOCOL_OFFICER",
                "planner.directory.group-roles.venue-managers", "VENUE_MANAGER,PLANNER",
                "planner.directory.group-roles.planners", "PLANNER"));

        assertThat(directory.isConfigured()).isTrue();
        assertThat(directory.rolesOf(List.of("protocol office"))).containsExactly(Role.PROTOCOL_OFFICER);
        assertThat(directory.rolesOf(List.of("Venue-Managers", "planners", "catering")))
                .containsExactlyInAnyOrder(Role.VENUE_MANAGER, Role.PLANNER);
        assertThat(directory.rolesOf(List.of("catering"))).isEmpty();
    }

    @Test
    void aDnPatternKeepsItsCommas() {
        DirectoryProperties directory = bind(Map.of(
                "planner.directory.ldap.url", "ldap://directory.fao.example",
                "planner.directory.ldap.user-dn-pattern", "uid={0},ou=people"));

        assertThat(directory.ldap().userDnPattern()).isEqualTo("uid={0},ou=people");
    }

    @Test
    void withoutAnAddressThereIsNoDirectory() {
        DirectoryProperties directory = bind(Map.of("planner.directory.name", "Office directory"));

        assertThat(directory.isConfigured()).isFalse();
        assertThat(directory.ldap().groupSearchFilter()).isEqualTo("(member={0})");
        assertThat(directory.oidc().scopes()).containsExactly("openid", "profile", "email");
        assertThat(directory.rolesOf(List.of("anything"))).isEmpty();
    }

    @Test
    void aDirectoryThatCannotFindItsUsersStopsTheStart() {
        assertThatThrownBy(() -> bind(Map.of("planner.directory.ldap.url", "ldap://directory.fao.example")))
                .isInstanceOf(BindException.class)
                .rootCause()
                .hasMessageContaining("user-dn-pattern");
        assertThatThrownBy(() -> bind(Map.of("planner.directory.oidc.issuer-uri", "https://sso.fao.example")))
                .isInstanceOf(BindException.class)
                .rootCause()
                .hasMessageContaining("client-id");
    }

    private static DirectoryProperties bind(Map<String, String> settings) {
        return new Binder(new MapConfigurationPropertySource(settings))
                .bindOrCreate("planner.directory", DirectoryProperties.class);
    }
}
