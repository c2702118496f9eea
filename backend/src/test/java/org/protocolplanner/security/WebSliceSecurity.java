package org.protocolplanner.security;

import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.protocolplanner.security.directory.SignInMethods;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.session.FindByIndexNameSessionRepository;

/**
 * The application's own filter chain for a web slice test ({@code @WebMvcTest}): the same rules, problem
 * details and HTTP Basic as the running application, with accounts held in memory instead of the account
 * table, so that a slice answers 401 and 403 as the application does. Its accounts are the demo's roles:
 * {@code officer}, {@code planner}, {@code manager} (of {@code nccc}) and {@code admin}, password
 * {@value #PASSWORD}.
 */
@TestConfiguration(proxyBeanMethods = false)
@Import({SecurityConfiguration.class, SignInResponses.class, BrowserHardening.class})
public class WebSliceSecurity {

    public static final String PASSWORD = "demo";

    /** Cost 4, the least BCrypt takes: the accounts are checked on every request of a slice. */
    private static final String HASH = "{bcrypt}" + new BCryptPasswordEncoder(4).encode(PASSWORD);

    private static final Map<String, PlannerUser> ACCOUNTS = List.of(
                    account(1, "admin", Set.of(Role.ADMIN), Set.of()),
                    account(2, "officer", Set.of(Role.PROTOCOL_OFFICER), Set.of()),
                    account(3, "planner", Set.of(Role.PLANNER), Set.of()),
                    account(4, "manager", Set.of(Role.VENUE_MANAGER), Set.of("nccc")))
            .stream()
            .collect(Collectors.toMap(PlannerUser::username, Function.identity()));

    /** The account {@code username} as a request signed in with it is told it is. */
    public static PlannerUser user(String username) {
        return ACCOUNTS.get(username);
    }

    private static PlannerUser account(long id, String username, Set<Role> roles, Set<String> venues) {
        return new PlannerUser(id, username, username, HASH, true, roles, venues);
    }

    @Bean
    SignInMethods signInMethods(PasswordEncoder passwords) {
        UserDetailsService accounts = username -> {
            PlannerUser user = ACCOUNTS.get(username);
            if (user == null) {
                throw new UsernameNotFoundException(username);
            }
            return user;
        };
        DaoAuthenticationProvider provider = new DaoAuthenticationProvider(accounts);
        provider.setPasswordEncoder(passwords);
        SignInMethods signIns = mock(SignInMethods.class);
        when(signIns.authenticationManager()).thenReturn(new ProviderManager(provider));
        return signIns;
    }

    /** Only the form's sign-in reads it; no slice signs in with the form. */
    @Bean
    MeService meService() {
        return mock(MeService.class);
    }

    /** The registry of browser sessions reads it; a slice signs in with HTTP Basic, which makes no session. */
    @Bean
    @SuppressWarnings("unchecked")
    FindByIndexNameSessionRepository<?> sessions() {
        return mock(FindByIndexNameSessionRepository.class);
    }
}
