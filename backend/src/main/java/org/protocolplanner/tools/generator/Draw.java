package org.protocolplanner.tools.generator;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * The few kinds of random draw the generators make, all from one seeded {@link SplittableRandom}
 * so that a seed always gives the same document. Only {@code nextInt} and {@code nextDouble} are
 * used: their sequences are fixed by the JDK's specification, unlike Gaussian draws.
 */
final class Draw {

    private Draw() {}

    /** A whole number between {@code min} and {@code max}, both included. */
    static int between(SplittableRandom random, int min, int max) {
        return random.nextInt(min, max + 1);
    }

    /** A multiple of {@code step} between {@code min} and {@code max}, both included and both multiples of it. */
    static int steppedBetween(SplittableRandom random, int min, int max, int step) {
        return min + step * random.nextInt((max - min) / step + 1);
    }

    static boolean chance(SplittableRandom random, double probability) {
        return random.nextDouble() < probability;
    }

    static <T> T oneOf(SplittableRandom random, List<T> choices) {
        return choices.get(random.nextInt(choices.size()));
    }

    /** Index drawn with probability proportional to its weight. */
    static int weightedIndex(SplittableRandom random, double[] weights) {
        double total = 0;
        for (double weight : weights) {
            total += weight;
        }
        double point = random.nextDouble() * total;
        for (int i = 0; i < weights.length - 1; i++) {
            point -= weights[i];
            if (point < 0) {
                return i;
            }
        }
        return weights.length - 1;
    }

    /** A shuffled copy (Fisher-Yates), leaving the input alone. */
    static <T> List<T> shuffled(SplittableRandom random, List<T> items) {
        List<T> copy = new ArrayList<>(items);
        for (int i = copy.size() - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            T swap = copy.get(i);
            copy.set(i, copy.get(j));
            copy.set(j, swap);
        }
        return copy;
    }

    /**
     * Splits {@code total} into whole counts in proportion to {@code shares} by the largest
     * remainder, so that the counts always add up to {@code total}.
     */
    static int[] apportion(int total, double[] shares) {
        double sum = 0;
        for (double share : shares) {
            sum += share;
        }
        int[] counts = new int[shares.length];
        double[] remainders = new double[shares.length];
        int given = 0;
        for (int i = 0; i < shares.length; i++) {
            double exact = total * shares[i] / sum;
            counts[i] = (int) Math.floor(exact);
            remainders[i] = exact - counts[i];
            given += counts[i];
        }
        while (given < total) {
            int best = 0;
            for (int i = 1; i < shares.length; i++) {
                if (remainders[i] > remainders[best]) {
                    best = i;
                }
            }
            counts[best]++;
            remainders[best] = -1;
            given++;
        }
        return counts;
    }
}
