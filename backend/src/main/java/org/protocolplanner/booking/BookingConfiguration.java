package org.protocolplanner.booking;

import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/** The lapse job runs on Spring's scheduler. */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class BookingConfiguration {
}
