package org.protocolplanner.security.directory;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.ContextConfiguration;

/**
 * The application outside demo mode, on a database of its own, signing people in with the office directory
 * over LDAP and OpenID Connect at once (as an office's Active Directory can), with a local administrator for
 * break-glass. The LDAP and the OpenID Connect tests share this one context.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "planner.test.database=office_directory",
            "planner.demo=false",
            "planner.admin.username=" + DirectorySignInTest.LOCAL_ADMIN,
            "planner.admin.password=" + DirectorySignInTest.LOCAL_ADMIN_PASSWORD,
            "planner.directory.name=Municipal FAO directory",
            "planner.directory.name-zh=外办统一身份认证",
            "planner.directory.ldap.base=" + OfficeDirectory.BASE,
            "planner.directory.ldap.user-dn-pattern=uid={0},ou=people",
            "planner.directory.ldap.group-search-base=ou=groups",
            "planner.directory.oidc.client-id=" + OfficeIdentityProvider.CLIENT_ID,
            "planner.directory.oidc.client-secret=" + OfficeIdentityProvider.CLIENT_SECRET,
            // A group name with a space, as directories have them (escaped for the properties format).
            "planner.directory.group-roles.[Protocol\\ Office]=PROTOCOL_OFFICER",
            "planner.directory.group-roles.venue-managers=VENUE_MANAGER",
            "planner.directory.group-roles.planners=PLANNER"
        })
@ActiveProfiles("test")
@ContextConfiguration(initializers = DirectoryServers.class)
@interface DirectorySignInTest {

    String LOCAL_ADMIN = "chief";
    String LOCAL_ADMIN_PASSWORD = "correct-horse-battery";
}
