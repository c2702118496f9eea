package org.protocolplanner.security.directory;

import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.protocolplanner.security.Role;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The office directory that people sign in with ({@code planner.directory}): LDAP, OpenID Connect, or both (an
 * office's Active Directory often speaks both). Off unless {@code ldap.url} or {@code oidc.issuer-uri} is set.
 *
 * @param name what the sign-in page calls the directory ("Sign in with ..."); none: "the office directory"
 * @param nameZh the same in Chinese; none: {@code name}, or the Chinese for "the office directory"
 * @param groupRoles the roles each directory group gives, by group name (compared without regard to case, since
 *        LDAP compares names so and environment variables cannot carry capitals)
 */
@ConfigurationProperties("planner.directory")
public record DirectoryProperties(
        String name,
        String nameZh,
        Map<String, Set<Role>> groupRoles,
        @DefaultValue Ldap ldap,
        @DefaultValue Oidc oidc) {

    public DirectoryProperties {
        Map<String, Set<Role>> byName = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        if (groupRoles != null) {
            groupRoles.forEach((group, roles) -> byName.merge(group, roles, DirectoryProperties::union));
        }
        groupRoles = Collections.unmodifiableMap(byName);
    }

    /**
     * Signing in with the directory's password: the password is checked by binding to the directory as the
     * user, the user's entry found by {@code user-dn-pattern} ({@code uid={0},ou=people}, relative to
     * {@code base}) or by {@code user-search-filter} ({@code (uid={0})}) under {@code user-search-base}; the
     * groups are the entries under {@code group-search-base} matching {@code group-search-filter} ({0} is the
     * user's full DN, {1} the name signed in with), named by their {@code group-name-attribute}.
     *
     * @param managerDn who searches for users and groups; none: anonymous searches
     * @param usernameAttribute the attribute holding the account name, so that "Lin" and "lin" are one account
     */
    public record Ldap(
            String url,
            String base,
            String managerDn,
            String managerPassword,
            String userDnPattern,
            @DefaultValue("") String userSearchBase,
            String userSearchFilter,
            @DefaultValue("") String groupSearchBase,
            @DefaultValue("(member={0})") String groupSearchFilter,
            @DefaultValue("cn") String groupNameAttribute,
            @DefaultValue("uid") String usernameAttribute,
            @DefaultValue("displayName") String displayNameAttribute,
            @DefaultValue("mail") String emailAttribute) {

        public Ldap {
            if (configured(url) && !configured(userDnPattern) && !configured(userSearchFilter)) {
                throw new IllegalArgumentException("planner.directory.ldap needs user-dn-pattern or"
                        + " user-search-filter to find a user's entry");
            }
        }

        public boolean isConfigured() {
            return configured(url);
        }
    }

    /**
     * Signing in on the directory's own page (OpenID Connect, authorization code flow): the application is the
     * client {@code client-id}, and its redirect URI at the provider is
     * {@code https://<this server>/login/oauth2/code/directory}.
     *
     * @param groupsClaim the claim of the ID token or user info that lists the user's groups
     * @param usernameClaim the claim that holds the account name
     */
    public record Oidc(
            String issuerUri,
            String clientId,
            String clientSecret,
            @DefaultValue({"openid", "profile", "email"}) List<String> scopes,
            @DefaultValue("groups") String groupsClaim,
            @DefaultValue("preferred_username") String usernameClaim) {

        public Oidc {
            if (configured(issuerUri) && !configured(clientId)) {
                throw new IllegalArgumentException("planner.directory.oidc needs client-id with issuer-uri");
            }
        }

        public boolean isConfigured() {
            return configured(issuerUri);
        }
    }

    public boolean isConfigured() {
        return ldap.isConfigured() || oidc.isConfigured();
    }

    /** The roles the groups give together; groups without a role here give none. */
    public Set<Role> rolesOf(Iterable<String> groups) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        for (String group : groups) {
            roles.addAll(groupRoles.getOrDefault(group.strip(), Set.of()));
        }
        return roles;
    }

    private static Set<Role> union(Set<Role> a, Set<Role> b) {
        Set<Role> both = EnumSet.noneOf(Role.class);
        both.addAll(a);
        both.addAll(b);
        return both;
    }

    private static boolean configured(String value) {
        return value != null && !value.isBlank();
    }
}
