package org.protocolplanner.security.directory;

import java.util.Collection;
import java.util.List;
import org.protocolplanner.security.directory.SignInRefusedException.Reason;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.ldap.NamingException;
import org.springframework.ldap.core.DirContextAdapter;
import org.springframework.ldap.core.DirContextOperations;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.InternalAuthenticationServiceException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.ldap.DefaultSpringSecurityContextSource;
import org.springframework.security.ldap.authentication.BindAuthenticator;
import org.springframework.security.ldap.authentication.LdapAuthenticationProvider;
import org.springframework.security.ldap.search.FilterBasedLdapUserSearch;
import org.springframework.security.ldap.userdetails.DefaultLdapAuthoritiesPopulator;
import org.springframework.security.ldap.userdetails.UserDetailsContextMapper;

/**
 * Checks a password by binding to the LDAP directory as the person, reads their groups, and hands both to
 * {@link DirectoryAccounts}. A directory that does not answer is a refusal that says so (503), not a wrong
 * password: the attempt then counts for nothing with the throttle.
 */
final class LdapDirectory implements AuthenticationProvider {

    private static final Logger log = LoggerFactory.getLogger(LdapDirectory.class);

    private final LdapAuthenticationProvider provider;

    LdapDirectory(DirectoryProperties.Ldap ldap, DirectoryAccounts accounts) {
        DefaultSpringSecurityContextSource directory =
                new DefaultSpringSecurityContextSource(List.of(ldap.url()), ldap.base() == null ? "" : ldap.base());
        if (ldap.managerDn() != null && !ldap.managerDn().isBlank()) {
            directory.setUserDn(ldap.managerDn());
            directory.setPassword(ldap.managerPassword() == null ? "" : ldap.managerPassword());
        }
        directory.afterPropertiesSet();

        BindAuthenticator binding = new BindAuthenticator(directory);
        if (ldap.userDnPattern() != null && !ldap.userDnPattern().isBlank()) {
            binding.setUserDnPatterns(new String[] {ldap.userDnPattern()});
        }
        if (ldap.userSearchFilter() != null && !ldap.userSearchFilter().isBlank()) {
            binding.setUserSearch(
                    new FilterBasedLdapUserSearch(ldap.userSearchBase(), ldap.userSearchFilter(), directory));
        }

        DefaultLdapAuthoritiesPopulator groups = new DefaultLdapAuthoritiesPopulator(directory, ldap.groupSearchBase());
        groups.setGroupSearchFilter(ldap.groupSearchFilter());
        groups.setGroupRoleAttribute(ldap.groupNameAttribute());
        // Group names as the directory spells them: the mapping to roles is by name, not by Spring's ROLE_ form.
        groups.setRolePrefix("");
        groups.setConvertToUpperCase(false);
        groups.setSearchSubtree(true);
        // Active Directory answers searches from its root with referrals that cannot be followed.
        groups.setIgnorePartialResultException(true);

        this.provider = new LdapAuthenticationProvider(binding, groups);
        this.provider.setUserDetailsContextMapper(new AccountMapper(ldap, accounts));
    }

    @Override
    public Authentication authenticate(Authentication attempt) {
        // Many directories take a bind with a name and no password as an anonymous one: never a sign-in.
        if (!(attempt.getCredentials() instanceof String password) || password.isEmpty()) {
            throw new BadCredentialsException("Bad credentials");
        }
        try {
            return provider.authenticate(attempt);
        } catch (InternalAuthenticationServiceException | NamingException e) {
            log.warn("The LDAP directory did not answer a sign-in: {}", e.getMessage());
            throw new SignInRefusedException(
                    Reason.DIRECTORY_UNREACHABLE,
                    "The office directory did not answer:"
                            + " try again in a while. Administrators can still sign in with their local password.",
                    e);
        }
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }

    /** From the person's directory entry and groups to their account here. */
    private record AccountMapper(DirectoryProperties.Ldap ldap, DirectoryAccounts accounts)
            implements UserDetailsContextMapper {

        @Override
        public UserDetails mapUserFromContext(
                DirContextOperations entry, String username, Collection<? extends GrantedAuthority> groups) {
            // The directory's spelling of the name: LDAP compares names without case, accounts here with it.
            String name = entry.getStringAttribute(ldap.usernameAttribute());
            String displayName = entry.getStringAttribute(ldap.displayNameAttribute());
            return accounts.signIn(new DirectoryIdentity(
                    name == null ? username : name,
                    displayName == null ? entry.getStringAttribute("cn") : displayName,
                    entry.getStringAttribute(ldap.emailAttribute()),
                    groups.stream().map(GrantedAuthority::getAuthority).toList()));
        }

        @Override
        public void mapUserToContext(UserDetails user, DirContextAdapter entry) {
            throw new UnsupportedOperationException("the directory is read, never written");
        }
    }
}
