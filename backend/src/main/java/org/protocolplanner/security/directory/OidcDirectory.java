package org.protocolplanner.security.directory;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.protocolplanner.security.PlannerUser;
import org.protocolplanner.security.directory.SignInRefusedException.Reason;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.config.ObjectPostProcessor;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClient;
import org.springframework.security.oauth2.client.endpoint.RestClientAuthorizationCodeTokenResponseClient;
import org.springframework.security.oauth2.client.oidc.authentication.OidcAuthorizationCodeAuthenticationProvider;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserService;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.registration.ClientRegistrations;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizationRequestRedirectFilter;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizedClientRepository;
import org.springframework.security.oauth2.core.oidc.OidcIdToken;
import org.springframework.security.oauth2.core.oidc.OidcUserInfo;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;

/**
 * Signing in on the office directory's own page with OpenID Connect (authorization code flow). The browser
 * goes to {@value #SIGN_IN_URL}, signs in at the directory, and comes back to
 * {@code /login/oauth2/code/directory}; the person's groups come in a claim of the ID token or the user info.
 *
 * <p>The session it leaves is the same as the password form's: its user is the account's {@link PlannerUser}
 * (docs/decisions/0071-openid-connect-sign-in.md). The directory's discovery document is read at the first
 * sign-in, not at start-up, so that a directory that is down does not keep the application, and with it the
 * administrators' local sign-in, from starting. No token is kept after sign-in: the application calls nothing
 * in the directory's name.
 */
final class OidcDirectory {

    static final String REGISTRATION_ID = "directory";
    static final String SIGN_IN_URL = "/oauth2/authorization/" + REGISTRATION_ID;

    private static final Logger log = LoggerFactory.getLogger(OidcDirectory.class);

    private final DirectoryProperties.Oidc oidc;
    private final DirectoryAccounts accounts;
    private final SessionRegistry sessions;
    private final ClientRegistrationRepository registrations;
    private final OidcUserService claims = new OidcUserService();
    private final HttpSessionSecurityContextRepository sessionContexts = new HttpSessionSecurityContextRepository();

    OidcDirectory(DirectoryProperties.Oidc oidc, DirectoryAccounts accounts, SessionRegistry sessions) {
        this.oidc = oidc;
        this.accounts = accounts;
        this.sessions = sessions;
        this.registrations = new DiscoveredRegistration(oidc);
    }

    /** Checks the authorization code the browser brings back, and signs the person in here. */
    AuthenticationProvider codeCheck() {
        return new OidcAuthorizationCodeAuthenticationProvider(
                new RestClientAuthorizationCodeTokenResponseClient(), this::signIn);
    }

    void configure(HttpSecurity http) throws Exception {
        http.oauth2Login(login -> {
            login.loginPage("/sign-in")
                    .clientRegistrationRepository(registrations)
                    .authorizedClientRepository(new NoTokensKept())
                    .successHandler(this::signedIn)
                    .failureHandler(this::refused);
            // A directory whose discovery document cannot be read: back to the sign-in page, which says so,
            // rather than a fault page (the configurer offers no setting for this handler).
            login.addObjectPostProcessor(new ObjectPostProcessor<OAuth2AuthorizationRequestRedirectFilter>() {
                @Override
                public <O extends OAuth2AuthorizationRequestRedirectFilter> O postProcess(O filter) {
                    filter.setAuthenticationFailureHandler(OidcDirectory::unreachable);
                    return filter;
                }
            });
        });
    }

    private static void unreachable(HttpServletRequest request, HttpServletResponse response, AuthenticationException e)
            throws IOException {
        log.warn("The OpenID Connect provider could not be asked for a sign-in: {}", e.getMessage());
        response.sendRedirect(request.getContextPath() + "/sign-in?directory=" + Reason.DIRECTORY_UNREACHABLE.code());
    }

    private OidcUser signIn(OidcUserRequest request) {
        OidcUser person = claims.loadUser(request);
        String username = person.getClaimAsString(oidc.usernameClaim());
        if (username == null) {
            throw new SignInRefusedException(
                    Reason.UNUSABLE_NAME,
                    "The office directory sent no account name (claim '" + oidc.usernameClaim() + "').");
        }
        PlannerUser user = accounts.signIn(new DirectoryIdentity(
                username,
                person.getFullName(),
                person.getEmail(),
                groups(person.getClaims().get(oidc.groupsClaim()))));
        return new SignedInPerson(person, user);
    }

    /** A list of names, or one name; anything else is no group. */
    private static List<String> groups(Object claim) {
        if (claim instanceof Collection<?> names) {
            return names.stream().map(String::valueOf).toList();
        }
        return claim instanceof String name ? List.of(name) : List.of();
    }

    /**
     * Swaps the directory's sign-in for the account's, in the security context, the session and the session
     * registry, so that the rest of the application (and ending an account's sessions) sees one kind of user.
     */
    private void signedIn(HttpServletRequest request, HttpServletResponse response, Authentication authentication)
            throws IOException {
        PlannerUser user = ((SignedInPerson) authentication.getPrincipal()).user();
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
        SecurityContextHolder.setContext(context);
        sessionContexts.saveContext(context, request, response);
        String sessionId = request.getSession().getId();
        sessions.removeSessionInformation(sessionId);
        sessions.registerNewSession(sessionId, user);
        response.sendRedirect(request.getContextPath() + "/");
    }

    /** Back to the sign-in page, which says why in the reader's language. */
    private void refused(HttpServletRequest request, HttpServletResponse response, AuthenticationException e)
            throws IOException {
        String reason;
        if (e instanceof SignInRefusedException refusal) {
            reason = refusal.reason().code();
            log.info("Directory sign-in refused ({}): {}", reason, e.getMessage());
        } else if (e instanceof DisabledException) {
            reason = "disabled";
        } else {
            reason = "failed";
            log.warn("Directory sign-in failed: {}", e.getMessage());
        }
        response.sendRedirect(request.getContextPath() + "/sign-in?directory=" + reason);
    }

    /** The directory's person, carrying the account they signed in as until {@link #signedIn} swaps them. */
    private record SignedInPerson(OidcUser person, PlannerUser user) implements OidcUser {

        @Override
        public Map<String, Object> getClaims() {
            return person.getClaims();
        }

        @Override
        public OidcUserInfo getUserInfo() {
            return person.getUserInfo();
        }

        @Override
        public OidcIdToken getIdToken() {
            return person.getIdToken();
        }

        @Override
        public Map<String, Object> getAttributes() {
            return person.getAttributes();
        }

        @Override
        public Collection<? extends GrantedAuthority> getAuthorities() {
            return user.getAuthorities();
        }

        @Override
        public String getName() {
            return user.username();
        }
    }

    /** The client registration, read from the issuer's discovery document when first needed and then kept. */
    private static final class DiscoveredRegistration implements ClientRegistrationRepository {

        private final DirectoryProperties.Oidc oidc;
        private volatile ClientRegistration registration;

        DiscoveredRegistration(DirectoryProperties.Oidc oidc) {
            this.oidc = oidc;
        }

        @Override
        public ClientRegistration findByRegistrationId(String registrationId) {
            if (!REGISTRATION_ID.equals(registrationId)) {
                return null;
            }
            ClientRegistration known = registration;
            if (known == null) {
                synchronized (this) {
                    if (registration == null) {
                        registration = ClientRegistrations.fromOidcIssuerLocation(oidc.issuerUri())
                                .registrationId(REGISTRATION_ID)
                                .clientId(oidc.clientId())
                                .clientSecret(oidc.clientSecret())
                                .scope(oidc.scopes())
                                .redirectUri("{baseUrl}/login/oauth2/code/{registrationId}")
                                // PKCE also for this confidential client, as OAuth 2.1 asks.
                                .clientSettings(ClientRegistration.ClientSettings.builder()
                                        .requireProofKey(true)
                                        .build())
                                .build();
                    }
                    known = registration;
                }
            }
            return known;
        }
    }

    /** Sign-in needs the tokens once, to read who signed in; nothing is kept to call the directory later. */
    private static final class NoTokensKept implements OAuth2AuthorizedClientRepository {

        @Override
        public <T extends OAuth2AuthorizedClient> T loadAuthorizedClient(
                String clientRegistrationId, Authentication principal, HttpServletRequest request) {
            return null;
        }

        @Override
        public void saveAuthorizedClient(
                OAuth2AuthorizedClient authorizedClient,
                Authentication principal,
                HttpServletRequest request,
                HttpServletResponse response) {
            // Nothing kept: see the class comment.
        }

        @Override
        public void removeAuthorizedClient(
                String clientRegistrationId,
                Authentication principal,
                HttpServletRequest request,
                HttpServletResponse response) {
            // Nothing was kept.
        }
    }
}
