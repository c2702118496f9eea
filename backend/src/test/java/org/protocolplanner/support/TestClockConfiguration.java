package org.protocolplanner.support;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;

/**
 * Found by the application's component scan in every Spring test alike, so that all integration tests
 * still share one context: the clock they get injected is the {@link MovableClock}.
 */
@Configuration(proxyBeanMethods = false)
class TestClockConfiguration {

    @Bean
    @Primary
    MovableClock movableClock() {
        return new MovableClock();
    }
}
