package org.protocolplanner.planning;

import java.util.List;

/**
 * How the solver searches: the choices that {@code benchmark --report} sets side by side, and the one
 * every solve uses ({@link #CHOSEN}). Why it is the chosen one: docs/solver.md and the decisions it links.
 *
 * @param name                a short name for the benchmark's report
 * @param qualityConstruction construction at the best of a few places chosen per engagement
 *                            ({@link QualityConstruction}), not at the first random place that breaks no rule
 * @param nearbyWeight        how often local search draws a move to a nearby place ({@link NearbyPlaces}),
 *                            against 1 for each other kind of move; 0 for none
 * @param lateAcceptanceSize  late acceptance compares with the score this many steps back
 * @param moveThreadCount     threads that score moves besides the solver's own; 0 for none
 */
public record SolverTuning(
        String name, boolean qualityConstruction, double nearbyWeight, int lateAcceptanceSize, int moveThreadCount) {

    public static final SolverTuning CHOSEN = new SolverTuning("quality-nearby-la30", true, 5, 30, 0);

    /**
     * The tunings the benchmark report compares: the solver as it was (first feasible place, moves drawn
     * from the whole ranges, late acceptance 400 steps back), each choice added in turn, and the chosen one
     * with two move threads.
     */
    public static List<SolverTuning> compared() {
        return List.of(
                new SolverTuning("first-feasible-la400", false, 0, 400, 0),
                new SolverTuning("quality-la400", true, 0, 400, 0),
                new SolverTuning("quality-nearby-la400", true, CHOSEN.nearbyWeight(), 400, 0),
                CHOSEN,
                CHOSEN.withMoveThreads(2));
    }

    public SolverTuning withMoveThreads(int count) {
        return new SolverTuning(
                name + "-" + count + "-threads", qualityConstruction, nearbyWeight, lateAcceptanceSize, count);
    }
}
