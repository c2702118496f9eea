package org.protocolplanner.shared.logging;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.turbo.TurboFilter;
import ch.qos.logback.core.spi.FilterReply;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.LongSupplier;
import org.slf4j.Marker;

/**
 * Lets the same message through at most {@link #setPerMinute perMinute} times a minute per logger and
 * message pattern, and says how many it left out when the minute is over. A library that warns once per
 * move it gives up on, or a client that retries a failing call in a loop, would otherwise fill the disk
 * (a 5-second solve once wrote tens of thousands of identical warnings). Logback's own
 * DuplicateMessageFilter has no time window: it would silence a message that is legitimately repeated
 * every few minutes forever after its first few.
 */
public final class RepeatedMessageLimit extends TurboFilter {

    static final long WINDOW_MILLIS = 60_000;
    /** Patterns remembered at most; the memory is cleared beyond that (a log with more is no flood of one). */
    static final int MAX_PATTERNS = 2_000;

    private final Map<String, Window> windows = new ConcurrentHashMap<>();
    private final LongSupplier clock;
    private int perMinute = 20;
    private Logger reportTo;

    public RepeatedMessageLimit() {
        this(System::currentTimeMillis);
    }

    RepeatedMessageLimit(LongSupplier clock) {
        this.clock = clock;
    }

    /** How often one message may be written in a minute; set from the logging configuration. */
    public void setPerMinute(int perMinute) {
        this.perMinute = perMinute;
    }

    @Override
    public FilterReply decide(Marker marker, Logger logger, Level level, String format, Object[] params, Throwable t) {
        // Turbo filters see every call, also those the logger's level drops; count only what would be written.
        // (Logger.isEnabledFor would call this filter again.)
        if (logger == null
                || level == null
                || !level.isGreaterOrEqual(logger.getEffectiveLevel())
                || logger == reportTo) {
            return FilterReply.NEUTRAL;
        }
        if (windows.size() > MAX_PATTERNS) {
            windows.clear();
        }
        String key = logger.getName() + '\u0000' + format;
        long now = clock.getAsLong();
        Window window = windows.computeIfAbsent(key, k -> new Window(now));
        int leftOut = window.rollIfOver(now);
        if (leftOut > 0) {
            report(logger, format, leftOut);
        }
        return window.count.incrementAndGet() > perMinute ? FilterReply.DENY : FilterReply.NEUTRAL;
    }

    private void report(Logger logger, String format, int leftOut) {
        if (reportTo == null) {
            reportTo = logger.getLoggerContext().getLogger(RepeatedMessageLimit.class);
        }
        reportTo.warn(
                "Left out {} more lines of {} like \"{}\" in the minute before", leftOut, logger.getName(), format);
    }

    private final class Window {
        private volatile long startedAt;
        private final AtomicInteger count = new AtomicInteger();

        Window(long startedAt) {
            this.startedAt = startedAt;
        }

        /** Starts a new minute when this one is over; answers how many lines the old one left out. */
        synchronized int rollIfOver(long now) {
            if (now - startedAt < WINDOW_MILLIS) {
                return 0;
            }
            startedAt = now;
            return Math.max(0, count.getAndSet(0) - perMinute);
        }
    }
}
