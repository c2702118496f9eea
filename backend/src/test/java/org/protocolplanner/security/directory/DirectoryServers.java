package org.protocolplanner.security.directory;

import org.springframework.boot.test.util.TestPropertyValues;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.event.ContextClosedEvent;

/**
 * Starts the office's LDAP directory and its OpenID Connect provider for the directory tests, points the
 * application at both, and offers both to the tests as beans. Started before the application, since its
 * settings name their ports; stopped with it.
 */
class DirectoryServers implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        OfficeDirectory directory = new OfficeDirectory();
        OfficeIdentityProvider identityProvider = new OfficeIdentityProvider();
        TestPropertyValues.of(
                        "planner.directory.ldap.url=" + directory.url(),
                        "planner.directory.oidc.issuer-uri=" + identityProvider.issuer())
                .applyTo(context);
        context.getBeanFactory().registerSingleton("officeDirectory", directory);
        context.getBeanFactory().registerSingleton("officeIdentityProvider", identityProvider);
        context.addApplicationListener(event -> {
            if (event instanceof ContextClosedEvent closed && closed.getApplicationContext() == context) {
                identityProvider.close();
                directory.close();
            }
        });
    }
}
