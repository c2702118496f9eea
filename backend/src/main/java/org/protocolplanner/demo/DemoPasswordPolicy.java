package org.protocolplanner.demo;

import org.protocolplanner.security.PasswordPolicy;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

/** The password rule depends on demo mode, which this package decides. */
@Configuration(proxyBeanMethods = false)
class DemoPasswordPolicy {

    @Bean
    PasswordPolicy passwordPolicy(Environment environment) {
        return new PasswordPolicy(DemoMode.isOn(environment));
    }
}
