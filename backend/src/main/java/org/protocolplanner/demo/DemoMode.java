package org.protocolplanner.demo;

import org.protocolplanner.shared.database.EmbeddedPostgresStarter;
import org.springframework.core.env.Environment;

/**
 * Demo mode is on by default on the embedded database and off when an outside server is configured;
 * {@code PLANNER_DEMO=true|false} decides explicitly.
 */
public final class DemoMode {

    private DemoMode() {}

    public static boolean isOn(Environment environment) {
        String explicit = environment.getProperty("planner.demo", "");
        if (!explicit.isBlank()) {
            return Boolean.parseBoolean(explicit.trim());
        }
        return environment.getProperty(EmbeddedPostgresStarter.EMBEDDED_PROPERTY, Boolean.class, false);
    }
}
