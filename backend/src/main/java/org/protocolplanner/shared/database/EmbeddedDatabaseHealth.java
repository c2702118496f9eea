package org.protocolplanner.shared.database;

import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;

/**
 * {@code embeddedDatabase} in {@code /actuator/health}: DOWN the moment the embedded server's process
 * is gone, without waiting for a connection attempt to time out, and UP again once the supervisor has
 * started it again.
 */
final class EmbeddedDatabaseHealth implements HealthIndicator {

    private final EmbeddedDatabase database;

    EmbeddedDatabaseHealth(EmbeddedDatabase database) {
        this.database = database;
    }

    @Override
    public Health health() {
        Health.Builder health = database.isRunning() ? Health.up() : Health.down();
        return health.withDetail("restarts", database.restarts())
                .withDetail("storageFull", database.isStorageFull())
                .build();
    }
}
