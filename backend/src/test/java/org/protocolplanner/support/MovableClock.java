package org.protocolplanner.support;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The application's clock in integration tests: the real time, moved forward when a test needs time to
 * pass (a sign-in delay running out) without waiting for it. A test that moves it sets it back when done.
 */
public final class MovableClock extends Clock {

    private final AtomicReference<Duration> offset = new AtomicReference<>(Duration.ZERO);
    /** While set, the clock stands still at this instant (plus any move forward). */
    private final AtomicReference<Instant> stopped = new AtomicReference<>();

    public void moveForward(Duration duration) {
        offset.updateAndGet(current -> current.plus(duration));
    }

    /**
     * Stops the clock where it is, so that only {@link #moveForward} moves it: a test of delays measured in
     * seconds then does not depend on how fast a loaded machine runs it.
     */
    public void stop() {
        stopped.set(Instant.now());
    }

    public void reset() {
        stopped.set(null);
        offset.set(Duration.ZERO);
    }

    @Override
    public Instant instant() {
        Instant at = stopped.get();
        return (at == null ? Instant.now() : at).plus(offset.get());
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        throw new UnsupportedOperationException("the application's clock is UTC");
    }
}
