package org.protocolplanner.security.directory;

import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.proc.SecurityContext;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.interfaces.RSAPrivateKey;
import java.security.interfaces.RSAPublicKey;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.catalina.Context;
import org.apache.catalina.LifecycleException;
import org.apache.catalina.startup.Tomcat;
import org.springframework.context.annotation.AnnotatedBeanDefinitionReader;
import org.springframework.context.annotation.Bean;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.annotation.web.configuration.OAuth2AuthorizationServerConfiguration;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.security.oauth2.core.oidc.OidcScopes;
import org.springframework.security.oauth2.core.oidc.endpoint.OidcParameterNames;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.server.authorization.client.InMemoryRegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClient;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.settings.AuthorizationServerSettings;
import org.springframework.security.oauth2.server.authorization.settings.ClientSettings;
import org.springframework.security.oauth2.server.authorization.token.JwtEncodingContext;
import org.springframework.security.oauth2.server.authorization.token.OAuth2TokenCustomizer;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.web.context.support.GenericWebApplicationContext;
import org.springframework.web.filter.DelegatingFilterProxy;

/**
 * A real OpenID Connect provider (Spring Authorization Server) on a free port, with its own sign-in form, one
 * registered client (the application) and people whose groups the tests change. It runs in a bare Tomcat with a
 * Spring context of its own rather than as a second Spring Boot application: a Boot application would pick up
 * every auto-configuration of the test class path (the database, Flyway, ...).
 *
 * <p>Its address is {@code localhost}, the application's in these tests {@code 127.0.0.1}: cookies are kept per
 * host name and not per port, so that the two sessions of a browser stay apart, as they do between the office's
 * directory and this application.
 */
final class OfficeIdentityProvider implements AutoCloseable {

    static final String CLIENT_ID = "protocol-planner";
    static final String CLIENT_SECRET = "client-secret-of-the-tests";

    /** Somebody who can sign in at the provider: password, name, e-mail and the groups in the ID token. */
    record Person(String password, String displayName, String email, List<String> groups) {}

    private final Map<String, Person> people = new ConcurrentHashMap<>();
    private final InMemoryRegisteredClientRepository clients =
            new InMemoryRegisteredClientRepository(client("http://127.0.0.1/login/oauth2/code/directory"));
    private final Tomcat tomcat = new Tomcat();

    OfficeIdentityProvider() {
        try {
            Path base = Files.createTempDirectory("identity-provider");
            tomcat.setBaseDir(base.toString());
            tomcat.setPort(0);
            tomcat.getConnector();
            Context context = tomcat.addContext("", base.toString());
            GenericWebApplicationContext spring = new GenericWebApplicationContext();
            new AnnotatedBeanDefinitionReader(spring).register(Endpoints.class);
            spring.registerBean(OfficeIdentityProvider.class, () -> this);
            context.addServletContainerInitializer(
                    (classes, servletContext) -> {
                        spring.setServletContext(servletContext);
                        spring.refresh();
                        servletContext
                                .addFilter(
                                        "springSecurityFilterChain",
                                        new DelegatingFilterProxy("springSecurityFilterChain", spring))
                                .addMappingForUrlPatterns(null, false, "/*");
                    },
                    null);
            // Tomcat runs a request's filters only when a servlet is mapped: everything the filters leave is 404.
            Tomcat.addServlet(context, "nothing-else", new HttpServlet() {
                @Override
                protected void service(HttpServletRequest request, HttpServletResponse response) throws IOException {
                    response.sendError(HttpServletResponse.SC_NOT_FOUND);
                }
            });
            context.addServletMappingDecoded("/", "nothing-else");
            tomcat.start();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (LifecycleException e) {
            throw new IllegalStateException("could not start the test identity provider", e);
        }
    }

    String issuer() {
        return "http://localhost:" + tomcat.getConnector().getLocalPort();
    }

    void add(String username, Person person) {
        people.put(username, person);
    }

    void setGroups(String username, List<String> groups) {
        people.computeIfPresent(
                username,
                (name, person) ->
                        new Person(person.password(), person.displayName(), person.email(), List.copyOf(groups)));
    }

    /** The application's redirect URI, known once it listens on its port. */
    void allowRedirectTo(String redirectUri) {
        clients.save(client(redirectUri));
    }

    private static RegisteredClient client(String redirectUri) {
        return RegisteredClient.withId("protocol-planner-client")
                .clientId(CLIENT_ID)
                .clientSecret("{noop}" + CLIENT_SECRET)
                .clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
                .authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
                .redirectUri(redirectUri)
                .scope(OidcScopes.OPENID)
                .scope(OidcScopes.PROFILE)
                .scope(OidcScopes.EMAIL)
                .clientSettings(ClientSettings.builder()
                        .requireAuthorizationConsent(false)
                        .requireProofKey(true)
                        .build())
                .build();
    }

    @Override
    public void close() {
        try {
            tomcat.stop();
            tomcat.destroy();
        } catch (LifecycleException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * The provider's endpoints and sign-in form. Not a {@code @Configuration}: the application's component scan,
     * which reaches the test classes, must not find it.
     */
    @EnableWebSecurity
    static class Endpoints {

        @Bean
        @Order(1)
        SecurityFilterChain protocolEndpoints(HttpSecurity http) throws Exception {
            http.oauth2AuthorizationServer(server -> {
                        http.securityMatcher(server.getEndpointsMatcher());
                        server.oidc(Customizer.withDefaults());
                    })
                    .authorizeHttpRequests(requests -> requests.anyRequest().authenticated())
                    // The user info endpoint takes the access tokens the provider issued.
                    .oauth2ResourceServer(resourceServer -> resourceServer.jwt(Customizer.withDefaults()))
                    .exceptionHandling(
                            errors -> errors.authenticationEntryPoint(new LoginUrlAuthenticationEntryPoint("/login")));
            return http.build();
        }

        @Bean
        @Order(2)
        SecurityFilterChain signInForm(HttpSecurity http) throws Exception {
            http.authorizeHttpRequests(requests -> requests.anyRequest().authenticated())
                    .formLogin(Customizer.withDefaults());
            return http.build();
        }

        @Bean
        UserDetailsService people(OfficeIdentityProvider provider) {
            return username -> {
                Person person = provider.people.get(username);
                if (person == null) {
                    throw new UsernameNotFoundException(username);
                }
                return User.withUsername(username)
                        .password("{noop}" + person.password())
                        .roles("STAFF")
                        .build();
            };
        }

        @Bean
        RegisteredClientRepository clients(OfficeIdentityProvider provider) {
            return provider.clients;
        }

        /** The account name, the name, the e-mail and the groups, in the ID token as an office's directory has them. */
        @Bean
        OAuth2TokenCustomizer<JwtEncodingContext> idTokenClaims(OfficeIdentityProvider provider) {
            return context -> {
                if (OidcParameterNames.ID_TOKEN.equals(context.getTokenType().getValue())) {
                    String username = context.getPrincipal().getName();
                    Person person = provider.people.get(username);
                    context.getClaims()
                            .claim("preferred_username", username)
                            .claim("name", person.displayName())
                            .claim("email", person.email())
                            .claim("groups", person.groups());
                }
            };
        }

        @Bean
        JWKSource<SecurityContext> signingKeys() throws NoSuchAlgorithmException {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            KeyPair keys = generator.generateKeyPair();
            RSAKey key = new RSAKey.Builder((RSAPublicKey) keys.getPublic())
                    .privateKey((RSAPrivateKey) keys.getPrivate())
                    .keyID(UUID.randomUUID().toString())
                    .build();
            return new ImmutableJWKSet<>(new JWKSet(key));
        }

        @Bean
        JwtDecoder jwtDecoder(JWKSource<SecurityContext> signingKeys) {
            return OAuth2AuthorizationServerConfiguration.jwtDecoder(signingKeys);
        }

        @Bean
        AuthorizationServerSettings authorizationServerSettings() {
            return AuthorizationServerSettings.builder().build();
        }
    }
}
