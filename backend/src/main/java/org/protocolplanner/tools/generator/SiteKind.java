package org.protocolplanner.tools.generator;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.protocolplanner.shared.protocol.SecurityGrade;

/**
 * The kinds of synthetic reception site, with the share of sites of each kind, the distribution of
 * their security grade and prestige, and the spaces they hold (1 to 5). Grades and prestige are
 * planning judgements (docs/reference/roles.md), so these are assumptions of the synthetic data.
 */
enum SiteKind {
    CONVENTION_CENTRE("convention centre", 0.08, new double[] {1, 0, 0}, 7, 10) {
        @Override
        List<SpaceKind> drawSpaces(SplittableRandom random) {
            List<SpaceKind> spaces = new ArrayList<>(List.of(SpaceKind.AUDITORIUM, SpaceKind.GRAND_BANQUET_HALL));
            addRepeated(spaces, SpaceKind.MEETING_ROOM, Draw.between(random, 1, 3));
            return spaces;
        }
    },
    GUESTHOUSE("guesthouse", 0.30, new double[] {0.45, 0.45, 0.10}, 6, 9) {
        @Override
        List<SpaceKind> drawSpaces(SplittableRandom random) {
            List<SpaceKind> spaces = new ArrayList<>(List.of(SpaceKind.BANQUET_HALL));
            addRepeated(spaces, SpaceKind.MEETING_ROOM, Draw.between(random, 1, 3));
            addByChance(spaces, SpaceKind.COURTYARD, random, 0.4);
            addByChance(spaces, SpaceKind.MULTI_FUNCTION_HALL, random, 0.3);
            return spaces.subList(0, Math.min(spaces.size(), MAX_SPACES));
        }
    },
    HERITAGE_SITE("heritage site", 0.25, new double[] {0.10, 0.50, 0.40}, 5, 8) {
        @Override
        List<SpaceKind> drawSpaces(SplittableRandom random) {
            List<SpaceKind> spaces = new ArrayList<>(List.of(SpaceKind.COURTYARD));
            addRepeated(spaces, SpaceKind.GALLERY, Draw.between(random, 0, 2));
            addByChance(spaces, SpaceKind.MEETING_ROOM, random, 0.3);
            return spaces;
        }
    },
    ENTERPRISE("innovation and enterprise site", 0.22, new double[] {0, 0.40, 0.60}, 3, 6) {
        @Override
        List<SpaceKind> drawSpaces(SplittableRandom random) {
            List<SpaceKind> spaces = new ArrayList<>(List.of(SpaceKind.MULTI_FUNCTION_HALL));
            addRepeated(spaces, SpaceKind.MEETING_ROOM, Draw.between(random, 1, 2));
            addByChance(spaces, SpaceKind.GALLERY, random, 0.5);
            return spaces;
        }
    },
    COMMUNITY("community and campus site", 0.15, new double[] {0, 0.20, 0.80}, 2, 5) {
        @Override
        List<SpaceKind> drawSpaces(SplittableRandom random) {
            List<SpaceKind> spaces = new ArrayList<>(List.of(SpaceKind.MEETING_ROOM));
            addByChance(spaces, SpaceKind.GALLERY, random, 0.5);
            addByChance(spaces, SpaceKind.COURTYARD, random, 0.3);
            return spaces;
        }
    };

    private static final int MAX_SPACES = 5;

    private static final SecurityGrade[] GRADES = {SecurityGrade.A, SecurityGrade.B, SecurityGrade.C};

    private final String englishName;
    private final double share;
    private final double[] gradeWeights;
    private final int minPrestige;
    private final int maxPrestige;

    SiteKind(String englishName, double share, double[] gradeWeights, int minPrestige, int maxPrestige) {
        this.englishName = englishName;
        this.share = share;
        this.gradeWeights = gradeWeights;
        this.minPrestige = minPrestige;
        this.maxPrestige = maxPrestige;
    }

    /** The kinds of its spaces, at least one and at most {@link #MAX_SPACES}. */
    abstract List<SpaceKind> drawSpaces(SplittableRandom random);

    String englishName() {
        return englishName;
    }

    SecurityGrade drawGrade(SplittableRandom random) {
        return GRADES[Draw.weightedIndex(random, gradeWeights)];
    }

    int drawPrestige(SplittableRandom random) {
        return Draw.between(random, minPrestige, maxPrestige);
    }

    /**
     * The kind of each of {@code count} sites: the counts follow the shares exactly (largest
     * remainder) with at least one convention centre, so that even a small catalogue can host a
     * plenary; the order is shuffled.
     */
    static List<SiteKind> deal(int count, SplittableRandom random) {
        SiteKind[] kinds = values();
        double[] shares = new double[kinds.length];
        for (int i = 0; i < kinds.length; i++) {
            shares[i] = kinds[i].share;
        }
        List<SiteKind> dealt = new ArrayList<>();
        if (count > 0) {
            dealt.add(CONVENTION_CENTRE);
            int[] counts = Draw.apportion(count - 1, shares);
            for (int i = 0; i < kinds.length; i++) {
                addRepeated(dealt, kinds[i], counts[i]);
            }
        }
        return Draw.shuffled(random, dealt);
    }

    private static <T> void addRepeated(List<T> list, T item, int times) {
        for (int i = 0; i < times; i++) {
            list.add(item);
        }
    }

    private static void addByChance(
            List<SpaceKind> spaces, SpaceKind kind, SplittableRandom random, double probability) {
        if (Draw.chance(random, probability)) {
            spaces.add(kind);
        }
    }
}
