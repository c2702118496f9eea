package org.protocolplanner.tools.generator;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Which delegations hold side meetings with each other: each delegation offers {@code perDelegation}
 * seats, the seats are shuffled and paired off, and a pair that would meet twice, meet itself or
 * bring together delegations that must be kept apart is put back and paired again (a few rounds).
 * Each delegation so gets about {@code perDelegation} side meetings, with no favoured partner.
 */
final class SideMeetingPairs {

    record Pair(int first, int second) {}

    private static final int ROUNDS = 5;

    private SideMeetingPairs() {}

    static List<Pair> draw(DelegationRoster roster, int perDelegation, SplittableRandom random) {
        int count = roster.size();
        List<Integer> seats = new ArrayList<>();
        for (int delegation = 0; delegation < count; delegation++) {
            for (int k = 0; k < perDelegation; k++) {
                seats.add(delegation);
            }
        }
        boolean[][] meeting = new boolean[count][count];
        List<Pair> pairs = new ArrayList<>();
        for (int round = 0; round < ROUNDS && seats.size() >= 2; round++) {
            List<Integer> shuffled = Draw.shuffled(random, seats);
            List<Integer> unpaired = new ArrayList<>();
            for (int i = 0; i + 1 < shuffled.size(); i += 2) {
                int a = Math.min(shuffled.get(i), shuffled.get(i + 1));
                int b = Math.max(shuffled.get(i), shuffled.get(i + 1));
                if (a == b || meeting[a][b] || roster.separated(a, b)) {
                    unpaired.add(a);
                    unpaired.add(b);
                } else {
                    meeting[a][b] = true;
                    pairs.add(new Pair(a, b));
                }
            }
            if (shuffled.size() % 2 == 1) {
                unpaired.add(shuffled.get(shuffled.size() - 1));
            }
            seats = unpaired;
        }
        return List.copyOf(pairs);
    }
}
