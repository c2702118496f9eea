/**
 * In-app notifications per account, and their e-mail. Owns the table {@code notification}.
 */
@ApplicationModule(allowedDependencies = {"security", "shared"})
package org.protocolplanner.notification;

import org.springframework.modulith.ApplicationModule;
