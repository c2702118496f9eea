package org.protocolplanner.shared;

import org.protocolplanner.security.AccountBootstrap;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

/** Binds the typed settings of {@code application.yml}. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(AccountBootstrap.AdminProperties.class)
class PlannerConfiguration {
}
