package org.protocolplanner.planning.constraints;

import java.util.Map;
import java.util.TreeMap;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.Supplier;
import org.optaplanner.core.api.score.stream.uni.UniConstraintCollector;
import org.protocolplanner.planning.model.EngagementAssignment;

/**
 * Tallies the venues' prestige of a group of engagements so that the sum of squared differences over
 * every two of them is known after each move in constant time: {@code n·Σp² − (Σp)²}. Each engagement's
 * prestige is remembered by its undo, as the assignment has already moved when the solver retracts it.
 */
final class PrestigeSpreadCollector
        implements UniConstraintCollector<EngagementAssignment, PrestigeSpreadCollector.Tally, PrestigeSpread> {

    @Override
    public Supplier<Tally> supplier() {
        return Tally::new;
    }

    @Override
    public BiFunction<Tally, EngagementAssignment, Runnable> accumulator() {
        return (tally, assignment) -> {
            int prestige = assignment.venue().prestige();
            tally.add(prestige, 1);
            return () -> tally.add(prestige, -1);
        };
    }

    @Override
    public Function<Tally, PrestigeSpread> finisher() {
        return Tally::spread;
    }

    /** A group's running figures; the prestige counts give the range for the explanation. */
    static final class Tally {

        private int count;
        private long sum;
        private long squares;
        private final TreeMap<Integer, Integer> countByPrestige = new TreeMap<>();

        void add(int prestige, int sign) {
            count += sign;
            sum += (long) sign * prestige;
            squares += (long) sign * prestige * prestige;
            countByPrestige.merge(prestige, sign, Integer::sum);
            countByPrestige.remove(prestige, 0);
        }

        PrestigeSpread spread() {
            Map.Entry<Integer, Integer> lowest = countByPrestige.firstEntry();
            Map.Entry<Integer, Integer> highest = countByPrestige.lastEntry();
            return new PrestigeSpread(
                    count,
                    count * squares - sum * sum,
                    lowest == null ? 0 : lowest.getKey(),
                    highest == null ? 0 : highest.getKey());
        }
    }
}
