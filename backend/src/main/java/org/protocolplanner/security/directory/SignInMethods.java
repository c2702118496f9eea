package org.protocolplanner.security.directory;

import java.util.ArrayList;
import java.util.List;
import org.protocolplanner.security.AccountRepository;
import org.protocolplanner.security.LocalPasswords;
import org.protocolplanner.security.PasswordPolicy;
import org.protocolplanner.security.SignInGuard;
import org.protocolplanner.security.SignInThrottle;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * The ways to sign in, for the filter chain: a password, checked here for local accounts and by the LDAP
 * directory for the others, always behind the sign-in throttle; and, when configured, the office directory's
 * own sign-in page (OpenID Connect), whose passwords never reach this application.
 */
@Component
public class SignInMethods {

    private static final Logger log = LoggerFactory.getLogger(SignInMethods.class);

    private final AuthenticationProvider passwords;
    private final SignInThrottle throttle;
    /** None unless the directory speaks OpenID Connect. */
    private final OidcDirectory oidc;

    SignInMethods(
            DirectoryProperties directory,
            DirectoryAccounts directoryAccounts,
            UserDetailsService accounts,
            PasswordEncoder passwordEncoder,
            PasswordPolicy passwordPolicy,
            AccountRepository accountRows,
            SignInThrottle throttle,
            SessionRegistry sessions) {
        if (directory.isConfigured() && directory.groupRoles().isEmpty()) {
            log.warn("planner.directory.group-roles maps no directory group to a role: every directory sign-in"
                    + " will be refused.");
        }
        AuthenticationProvider ldap =
                directory.ldap().isConfigured() ? new LdapDirectory(directory.ldap(), directoryAccounts) : null;
        this.passwords = new PasswordSignIn(
                new LocalPasswords(accounts, passwordEncoder),
                ldap,
                accountRows,
                directory.isConfigured() && !passwordPolicy.isDemoMode());
        this.throttle = throttle;
        this.oidc = directory.oidc().isConfigured()
                ? new OidcDirectory(directory.oidc(), directoryAccounts, sessions)
                : null;
    }

    /** Passwords behind the throttle, and the directory's sign-in when there is one. */
    public AuthenticationManager authenticationManager() {
        List<AuthenticationProvider> providers = new ArrayList<>();
        providers.add(new SignInGuard(passwords, throttle));
        if (oidc != null) {
            providers.add(oidc.codeCheck());
        }
        return new ProviderManager(providers);
    }

    /** Adds the directory's sign-in page to the filter chain when there is one. */
    public void configure(HttpSecurity http) throws Exception {
        if (oidc != null) {
            oidc.configure(http);
        }
    }
}
