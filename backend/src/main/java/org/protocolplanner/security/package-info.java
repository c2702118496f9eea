/**
 * Accounts, roles, password rules, sign-in and its throttling, the filter chain, and signing in with the
 * office directory ({@code directory}), which venues an account manages. Owns the tables {@code account},
 * {@code account_role}, {@code venue_manager}, {@code sign_in_failure}, {@code sign_in_known_address} and
 * {@code sign_in_throttle}.
 */
@ApplicationModule(allowedDependencies = {"audit", "shared"})
package org.protocolplanner.security;

import org.springframework.modulith.ApplicationModule;
