package org.protocolplanner.security;

import jakarta.servlet.http.HttpServletRequest;
import org.protocolplanner.shared.web.ProblemWriter;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;

/**
 * Denies by default. Browsers sign in with a form and a session cookie and are protected by CSRF
 * (the token travels in the readable {@code XSRF-TOKEN} cookie and comes back in the
 * {@code X-XSRF-TOKEN} header); API clients use HTTP Basic on every request and need no CSRF token,
 * since a forged cross-site request cannot carry an Authorization header of its own.
 */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
class SecurityConfiguration {

    private static final String[] PUBLIC_STATIC = {
        "/", "/index.html", "/assets/**", "/favicon.ico", "/favicon.svg", "/*.png", "/*.svg", "/locales/**"
    };

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http, ProblemWriter problems, SignInResponses signIn)
            throws Exception {
        http.authorizeHttpRequests(requests -> requests
                        .requestMatchers("/actuator/health", "/actuator/health/**").permitAll()
                        .requestMatchers("/actuator/prometheus").hasRole(Role.ADMIN.name())
                        .requestMatchers(HttpMethod.GET, PUBLIC_STATIC).permitAll()
                        .requestMatchers(HttpMethod.GET, "/api/csrf").permitAll()
                        .requestMatchers(HttpMethod.POST, "/login").permitAll()
                        // Calendar feeds: calendar clients cannot sign in; the secret token in the path is
                        // checked by the feed itself (404 when unknown or revoked). GET needs no CSRF token.
                        .requestMatchers(HttpMethod.GET, "/feeds/**").permitAll()
                        .requestMatchers("/v3/api-docs", "/v3/api-docs/**", "/swagger-ui.html", "/swagger-ui/**")
                        .authenticated()
                        .requestMatchers("/api/**").authenticated()
                        .requestMatchers(SecurityConfiguration::isClientSideRoute).permitAll()
                        .anyRequest().denyAll())
                .csrf(csrf -> csrf.spa().ignoringRequestMatchers(SecurityConfiguration::carriesBasicCredentials))
                .httpBasic(basic -> basic.authenticationEntryPoint((request, response, e) ->
                        problems.write(request, response, HttpStatus.UNAUTHORIZED, "Sign in first.")))
                .formLogin(form -> form
                        .loginProcessingUrl("/login")
                        .successHandler(signIn::succeeded)
                        .failureHandler((request, response, e) -> problems.write(request, response,
                                HttpStatus.UNAUTHORIZED, failureDetail(e))))
                .logout(logout -> logout
                        .logoutUrl("/logout")
                        .logoutSuccessHandler((request, response, authentication) -> response.setStatus(204)))
                .exceptionHandling(errors -> errors
                        .authenticationEntryPoint((request, response, e) ->
                                problems.write(request, response, HttpStatus.UNAUTHORIZED, "Sign in first."))
                        .accessDeniedHandler((request, response, e) ->
                                problems.write(request, response, HttpStatus.FORBIDDEN,
                                        "Your role may not do this.")));
        return http.build();
    }

    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    private static String failureDetail(Exception e) {
        if (e instanceof DisabledException) {
            return "This account is disabled.";
        }
        if (e instanceof LockedException) {
            return "This account is locked for a while after too many failed sign-ins.";
        }
        return "Wrong username or password.";
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
