package org.protocolplanner.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Map;
import org.protocolplanner.security.directory.SignInMethods;
import org.protocolplanner.security.directory.SignInRefusedException;
import org.protocolplanner.shared.database.DatabaseFaults;
import org.protocolplanner.shared.web.Message;
import org.protocolplanner.shared.web.ProblemWriter;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.DelegatingPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.context.DelegatingSecurityContextRepository;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.RequestAttributeSecurityContextRepository;
import org.springframework.security.web.csrf.CsrfException;
import org.springframework.security.web.savedrequest.NullRequestCache;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;
import org.springframework.session.security.SpringSessionBackedSessionRegistry;

/**
 * Denies by default. Browsers sign in with a form and a session cookie and are protected by CSRF
 * (the token travels in the readable {@code XSRF-TOKEN} cookie and comes back in the
 * {@code X-XSRF-TOKEN} header); API clients use HTTP Basic on every request and need no CSRF token,
 * since a forged cross-site request cannot carry an Authorization header of its own. Only the browser's
 * sign-in makes a session: HTTP Basic and anonymous requests leave none behind.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(AccountBootstrap.AdminProperties.class)
class SecurityConfiguration {

    private static final String[] PUBLIC_STATIC = {
        "/", "/index.html", "/assets/**", "/favicon.ico", "/favicon.svg", "/*.png", "/*.svg", "/locales/**"
    };

    @Bean
    SecurityFilterChain securityFilterChain(
            HttpSecurity http,
            ProblemWriter problems,
            SignInResponses signIn,
            SessionRegistry sessionRegistry,
            SignInMethods signIns)
            throws Exception {
        http.authenticationManager(signIns.authenticationManager())
                .authorizeHttpRequests(requests -> requests.requestMatchers("/actuator/health", "/actuator/health/**")
                        .permitAll()
                        .requestMatchers("/actuator/prometheus")
                        .hasRole(AdministrationPolicy.ADMINISTRATOR.name())
                        // Checked here rather than on the controllers, so that no body is read before the role.
                        .requestMatchers("/api/accounts", "/api/accounts/**", "/api/audit")
                        .hasRole(AdministrationPolicy.ADMINISTRATOR.name())
                        .requestMatchers(HttpMethod.GET, PUBLIC_STATIC)
                        .permitAll()
                        .requestMatchers(HttpMethod.GET, "/api/csrf", "/api/sign-in-options")
                        .permitAll()
                        .requestMatchers(HttpMethod.POST, "/login")
                        .permitAll()
                        // Calendar feeds: calendar clients cannot sign in; the secret token in the path is
                        // checked by the feed itself (404 when unknown or revoked). GET needs no CSRF token.
                        .requestMatchers(HttpMethod.GET, "/feeds/**")
                        .permitAll()
                        .requestMatchers("/v3/api-docs", "/v3/api-docs/**", "/swagger-ui.html", "/swagger-ui/**")
                        .authenticated()
                        .requestMatchers("/api/**")
                        .authenticated()
                        .requestMatchers(SecurityConfiguration::isClientSideRoute)
                        .permitAll()
                        .anyRequest()
                        .denyAll())
                .csrf(csrf -> csrf.spa().ignoringRequestMatchers(SecurityConfiguration::carriesBasicCredentials))
                // The SPA setup's token cookie, made SameSite=Lax (BrowserHardening sets the other browser defences).
                .csrf(csrf -> csrf.csrfTokenRepository(BrowserHardening.csrfCookie()))
                // HTTP Basic signs in on every request: its sign-in lasts for the request and makes no session.
                .httpBasic(basic -> basic.securityContextRepository(new RequestAttributeSecurityContextRepository())
                        .authenticationEntryPoint((request, response, e) ->
                                refuse(problems, request, response, e, Message.of("problem.sign-in-first"))))
                .formLogin(form -> form.loginProcessingUrl("/login")
                        .successHandler(signIn::succeeded)
                        .failureHandler(
                                (request, response, e) -> refuse(problems, request, response, e, failureDetail(e))))
                // A request counts as signed in by its session or by its own request (HTTP Basic): the session
                // check then leaves a Basic request alone instead of registering a new session for it.
                .securityContext(context -> context.securityContextRepository(new DelegatingSecurityContextRepository(
                        new HttpSessionSecurityContextRepository(), new RequestAttributeSecurityContextRepository())))
                // Nothing is kept for a later sign-in: an anonymous request that is refused creates no session.
                .requestCache(cache -> cache.requestCache(new NullRequestCache()))
                .logout(logout -> logout.logoutUrl("/logout")
                        .logoutSuccessHandler((request, response, authentication) -> response.setStatus(204)))
                // A disabled account's sessions are expired in the registry; their next request is a 401.
                .sessionManagement(sessions -> sessions.maximumSessions(-1)
                        .sessionRegistry(sessionRegistry)
                        .expiredSessionStrategy(event -> problems.write(
                                event.getRequest(),
                                event.getResponse(),
                                HttpStatus.UNAUTHORIZED,
                                Message.of("problem.session-ended"))))
                .exceptionHandling(errors -> errors.authenticationEntryPoint((request, response, e) -> problems.write(
                                request, response, HttpStatus.UNAUTHORIZED, Message.of("problem.sign-in-first")))
                        .accessDeniedHandler((request, response, e) -> {
                            if (e instanceof CsrfException && isAnonymous() && !isSignIn(request)) {
                                // No credentials at all: "sign in first" (401) is the answer, not a missing token.
                                problems.write(
                                        request,
                                        response,
                                        HttpStatus.UNAUTHORIZED,
                                        Message.of("problem.sign-in-first"));
                            } else {
                                problems.write(
                                        request, response, HttpStatus.FORBIDDEN, Message.of("problem.forbidden"));
                            }
                        }));
        signIns.configure(http);
        return http.build();
    }

    /**
     * BCrypt at the work factor of {@code planner.security.password-hash-strength}. Every HTTP Basic
     * request checks its password again, so the integration tests, which call the API thousands of
     * times, lower the factor; a stored hash carries its own, so a change applies to new passwords.
     */
    @Bean
    PasswordEncoder passwordEncoder(@Value("${planner.security.password-hash-strength}") int strength) {
        return new DelegatingPasswordEncoder("bcrypt", Map.of("bcrypt", new BCryptPasswordEncoder(strength)));
    }

    /** Spring Session's store of browser sessions, wrapped so that a database outage cannot drop an answer. */
    @Bean
    static BeanPostProcessor outageTolerantSessions(ObjectProvider<DatabaseFaults> faults) {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String name) {
                return bean instanceof JdbcIndexedSessionRepository sessions
                        ? new OutageTolerantSessions<>(sessions, faults.getObject())
                        : bean;
            }
        };
    }

    /**
     * The signed-in browser sessions, so that disabling an account can end them: read from the sessions'
     * table, so that an instance ends the sessions every instance serves, and a session ended on one is
     * refused by all.
     */
    @Bean
    SessionRegistry sessionRegistry(FindByIndexNameSessionRepository<? extends Session> sessions) {
        return new SpringSessionBackedSessionRegistry<>(sessions);
    }

    private static boolean isAnonymous() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication == null || authentication instanceof AnonymousAuthenticationToken;
    }

    /** The sign-in form keeps its CSRF check's 403: a forged sign-in is what that check is for. */
    private static boolean isSignIn(HttpServletRequest request) {
        return "/login"
                .equals(request.getRequestURI()
                        .substring(request.getContextPath().length()));
    }

    /**
     * A refused sign-in: 503 with {@code Retry-After} when the database could not check it, 429 with
     * {@code Retry-After} when throttled, the refusal's own status and {@code reason} when the password was
     * right but the person may not sign in, else 401 with the detail given.
     */
    private static void refuse(
            ProblemWriter problems,
            HttpServletRequest request,
            HttpServletResponse response,
            AuthenticationException e,
            MessageSourceResolvable detail)
            throws IOException {
        if (problems.writeDatabaseFault(request, response, e)) {
            return;
        }
        if (e instanceof SignInThrottledException throttled) {
            long seconds = throttled.retryAfterSeconds();
            response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(seconds));
            problems.write(
                    request,
                    response,
                    HttpStatus.TOO_MANY_REQUESTS,
                    Message.of(
                            seconds == 1 ? "problem.sign-in-throttled-second" : "problem.sign-in-throttled", seconds),
                    Map.of("retryAfterSeconds", seconds));
        } else if (e instanceof SignInRefusedException refused) {
            problems.write(
                    request,
                    response,
                    refused.reason().status(),
                    Message.worded(refused.getMessage()),
                    Map.of("reason", refused.reason().code()));
        } else {
            problems.write(request, response, HttpStatus.UNAUTHORIZED, detail);
        }
    }

    private static Message failureDetail(Exception e) {
        if (e instanceof DisabledException) {
            return Message.of("problem.account-disabled");
        }
        return Message.of("problem.wrong-password");
    }

    private static boolean carriesBasicCredentials(HttpServletRequest request) {
        String authorization = request.getHeader("Authorization");
        return authorization != null && authorization.regionMatches(true, 0, "Basic ", 0, 6);
    }

    /** Deep links of the single-page UI (/plans/7, /venues) are served its index page. */
    private static boolean isClientSideRoute(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return "GET".equals(request.getMethod()) && SpaRoutes.isClientSideRoute(path);
    }
}
