package org.protocolplanner.planning;

import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.protocolplanner.exchange.Placement;
import org.protocolplanner.planning.model.EngagementAssignment;
import org.protocolplanner.planning.model.ProtocolSchedule;
import org.protocolplanner.planning.model.SpaceBrief;
import org.protocolplanner.tools.generator.GeneratedSummit;
import org.protocolplanner.tools.generator.SummitGenerator;
import org.protocolplanner.tools.generator.SummitOptions;

/**
 * Prints the p50 and p95 latency of a score preview on the demo summit: 10 warm-up moves, then 50
 * timed ones, each an engagement to a random candidate space at a random candidate start. The summit
 * is the demo's (DemoData: 50 delegations, 3 side meetings each, 7 days from 2027-04-12, seed 2027)
 * over 456 synthetic reception sites instead of the catalogue's, with the generator's witness as the
 * current assignment. A measurement to run by hand (docs/testing.md), not a test: it asserts nothing.
 *
 * <pre>mvn -o -pl backend test-compile exec:java -Dexec.classpathScope=test
 *     -Dexec.mainClass=org.protocolplanner.planning.ScorePreviewLatency</pre>
 */
public final class ScorePreviewLatency {

    private static final int WARM_UP_MOVES = 10;
    private static final int TIMED_MOVES = 50;

    private ScorePreviewLatency() {}

    public static void main(String[] args) {
        GeneratedSummit summit = SummitGenerator.generate(SummitOptions.of(50, 456, 7, 2027)
                .withPairMeetings(3)
                .withHorizonStart(LocalDateTime.of(2027, 4, 12, 0, 0)));
        ScheduleScorer scorer = new ScheduleScorer();
        ProtocolSchedule schedule = new ProtocolScheduleFactory().create(summit.plan(), summit.witness());
        long draftStarted = System.nanoTime();
        try (ScheduleDraft draft = scorer.draft(summit.plan(), summit.witness())) {
            long draftMillis = (System.nanoTime() - draftStarted) / 1_000_000;
            Random random = new Random(2027);
            List<EngagementAssignment> movable = schedule.getAssignments().stream()
                    .filter(assignment -> !assignment.getCandidateSpaces().isEmpty())
                    .toList();
            long[] nanos = new long[TIMED_MOVES];
            for (int i = 0; i < WARM_UP_MOVES + TIMED_MOVES; i++) {
                EngagementAssignment assignment = movable.get(random.nextInt(movable.size()));
                SpaceBrief space = assignment.getCandidateSpaces().get(random.nextInt((int)
                        assignment.getCandidateSpaces().getSize()));
                int start = assignment.getCandidateStarts().get(random.nextInt((int)
                        assignment.getCandidateStarts().getSize()));
                Placement placement =
                        new Placement(space.id(), schedule.getHorizon().timeOf(start));
                long started = System.nanoTime();
                draft.preview(assignment.getId(), placement);
                if (i >= WARM_UP_MOVES) {
                    nanos[i - WARM_UP_MOVES] = System.nanoTime() - started;
                }
            }
            Arrays.sort(nanos);
            System.out.printf(
                    "demo summit: %d engagements, %d venues, %d spaces; draft built in %d ms%n",
                    schedule.getAssignments().size(),
                    schedule.getVenues().size(),
                    schedule.getSpaces().size(),
                    draftMillis);
            System.out.printf(
                    "score preview over %d random moves after %d warm-up moves: p50 %.1f ms, p95 %.1f ms, "
                            + "max %.1f ms%n",
                    TIMED_MOVES,
                    WARM_UP_MOVES,
                    millis(percentile(nanos, 50)),
                    millis(percentile(nanos, 95)),
                    millis(nanos[nanos.length - 1]));
        }
    }

    /** Nearest rank: the smallest value with at least {@code p} percent of the values at or below it. */
    private static long percentile(long[] sorted, int p) {
        int rank = (int) Math.ceil(p / 100.0 * sorted.length);
        return sorted[Math.max(0, rank - 1)];
    }

    private static double millis(long nanos) {
        return nanos / 1e6;
    }
}
