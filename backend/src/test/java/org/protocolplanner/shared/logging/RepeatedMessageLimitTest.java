package org.protocolplanner.shared.logging;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class RepeatedMessageLimitTest {

    private final AtomicLong now = new AtomicLong(1_000_000);
    private final LoggerContext context = new LoggerContext();
    private final ListAppender<ILoggingEvent> written = new ListAppender<>();
    private Logger solver;

    @BeforeEach
    void logTo() {
        RepeatedMessageLimit limit = new RepeatedMessageLimit(now::get);
        limit.setPerMinute(20);
        limit.setContext(context);
        limit.start();
        context.addTurboFilter(limit);
        written.setContext(context);
        written.start();
        Logger root = context.getLogger(Logger.ROOT_LOGGER_NAME);
        root.setLevel(Level.INFO);
        root.addAppender(written);
        solver = context.getLogger("org.optaplanner.selector");
    }

    @Test
    void writesOneMessageAtMostTwentyTimesAMinuteAndThenSaysHowManyItLeftOut() {
        for (int i = 0; i < 5_000; i++) {
            solver.warn("Bailing out of neverEnding selector ({}) to avoid infinite loop.", "space");
        }
        assertThat(written.list).hasSize(20);

        now.addAndGet(RepeatedMessageLimit.WINDOW_MILLIS);
        solver.warn("Bailing out of neverEnding selector ({}) to avoid infinite loop.", "space");

        assertThat(written.list).hasSize(22);
        assertThat(written.list.get(20).getFormattedMessage())
                .isEqualTo("Left out 4980 more lines of org.optaplanner.selector like "
                        + "\"Bailing out of neverEnding selector ({}) to avoid infinite loop.\" in the minute before");
        assertThat(written.list.get(21).getFormattedMessage()).contains("neverEnding selector (space)");
    }

    @Test
    void countsEachMessagePatternOnItsOwnAndIgnoresLevelsNotWritten() {
        for (int i = 0; i < 100; i++) {
            solver.debug("step {}", i);
        }
        for (int i = 0; i < 15; i++) {
            solver.info("Solving started for plan {}", i);
            solver.info("Solving ended for plan {}", i);
        }
        assertThat(written.list).hasSize(30);
        assertThat(written.list).noneMatch(event -> event.getLevel() == Level.DEBUG);
    }
}
