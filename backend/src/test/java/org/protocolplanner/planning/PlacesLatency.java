package org.protocolplanner.planning;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.protocolplanner.exchange.EventDoc;
import org.protocolplanner.exchange.ImportedSolution;
import org.protocolplanner.exchange.Placement;
import org.protocolplanner.exchange.PlanDocument;
import org.protocolplanner.exchange.PlanDocumentReader;
import org.protocolplanner.exchange.SolutionDocumentReader;
import org.protocolplanner.planning.analysis.PlaceOptions;

/**
 * Prints the p50 and p95 latency of listing the 10 best places for an engagement ("Where can it
 * go?") on a solved plan: 10 warm-up engagements, then 50 timed ones, each a random engagement of
 * the plan, scheduled or not. In process, on a built draft (as the endpoint answers once its draft is
 * kept), without HTTP and the database. A measurement to run by hand (docs/testing.md), not a test: it asserts
 * nothing.
 *
 * <pre>java -jar backend/target/protocol-planner.jar generate --delegations 120 --venues 456 --days 7 --seed 2 \
 *     --output plan.json
 * java -jar backend/target/protocol-planner.jar solve --input plan.json --output solution.json --seconds 30
 * mvn -o -pl backend test-compile exec:java -Dexec.classpathScope=test \
 *     -Dexec.mainClass=org.protocolplanner.planning.PlacesLatency -Dexec.args="plan.json solution.json"</pre>
 */
public final class PlacesLatency {

    private static final int WARM_UP = 10;
    private static final int TIMED = 50;
    private static final int LIMIT = 10;

    private PlacesLatency() {}

    public static void main(String[] args) throws IOException {
        if (args.length != 2) {
            System.err.println("usage: PlacesLatency PLAN.json SOLUTION.json");
            System.exit(1);
        }
        PlanDocument plan = new PlanDocumentReader().read(Files.readAllBytes(Path.of(args[0])));
        ImportedSolution solution = new SolutionDocumentReader().read(Files.readAllBytes(Path.of(args[1])), plan);
        Map<String, Placement> placements = new LinkedHashMap<>();
        solution.assignments().forEach(a -> placements.put(a.eventId(), new Placement(a.spaceId(), a.start())));
        double loadBefore = load();
        long draftStarted = System.nanoTime();
        try (ScheduleDraft draft = new ScheduleScorer().draft(plan, placements)) {
            long draftMillis = (System.nanoTime() - draftStarted) / 1_000_000;
            List<String> events = plan.events().stream().map(EventDoc::id).toList();
            Random random = new Random(2027);
            long[] nanos = new long[TIMED];
            int unscheduled = 0;
            int marked = 0;
            for (int i = 0; i < WARM_UP + TIMED; i++) {
                String eventId = events.get(random.nextInt(events.size()));
                long started = System.nanoTime();
                PlaceOptions options = draft.places(eventId, LIMIT);
                if (i >= WARM_UP) {
                    nanos[i - WARM_UP] = System.nanoTime() - started;
                    unscheduled += placements.containsKey(eventId) ? 0 : 1;
                    marked += options.places().stream().anyMatch(p -> p.breaksHardRules()) ? 1 : 0;
                }
            }
            Arrays.sort(nanos);
            System.out.printf(
                    "%s: %d engagements (%d unscheduled), %d venues, %d spaces; score %s; draft built in %d ms%n",
                    plan.name(),
                    events.size(),
                    events.size() - placements.size(),
                    plan.venues().size(),
                    plan.venues().stream().mapToInt(v -> v.spaces().size()).sum(),
                    draft.score(),
                    draftMillis);
            System.out.printf(
                    "places (limit %d) for %d random engagements after %d warm-up (%d unscheduled, %d with "
                            + "places marked as breaking a hard rule): p50 %.1f ms, p95 %.1f ms, max %.1f ms%n",
                    LIMIT,
                    TIMED,
                    WARM_UP,
                    unscheduled,
                    marked,
                    millis(percentile(nanos, 50)),
                    millis(percentile(nanos, 95)),
                    millis(nanos[nanos.length - 1]));
            System.out.printf(
                    "load average %.2f before, %.2f after, on %d processors%n",
                    loadBefore, load(), Runtime.getRuntime().availableProcessors());
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

    private static double load() {
        return ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
    }
}
