package org.protocolplanner.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class CyclesTest {

    @Test
    void findsEachCycleOnceWithItsNodesInOrder() {
        // 0 -> 1 -> 2 -> 0 is a cycle, 3 only leads into it, 4 points at itself, 5 -> 6 -> 5
        List<List<Integer>> edges =
                List.of(List.of(1), List.of(2), List.of(0), List.of(0), List.of(4), List.of(6), List.of(5));

        assertThat(Cycles.find(edges)).containsExactly(List.of(0, 1, 2), List.of(4), List.of(5, 6));
    }

    @Test
    void findsNoCycleInAChain() {
        assertThat(Cycles.find(List.of(List.of(1), List.of(2), List.of()))).isEmpty();
    }

    /** The most events a document may hold, each after the next: a recursive search would overflow here. */
    @Test
    void walksAChainOf5000EventsAndARingOf5000() {
        int n = PlanParser.MAX_EVENTS;
        List<List<Integer>> chain = IntStream.range(0, n)
                .mapToObj(i -> i + 1 < n ? List.of(i + 1) : List.<Integer>of())
                .toList();
        List<List<Integer>> ring =
                IntStream.range(0, n).mapToObj(i -> List.of((i + 1) % n)).toList();

        assertThat(Cycles.find(chain)).isEmpty();
        assertThat(Cycles.find(ring))
                .singleElement()
                .satisfies(cycle -> assertThat(cycle).hasSize(n).startsWith(0));
    }
}
