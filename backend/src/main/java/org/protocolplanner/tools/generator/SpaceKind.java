package org.protocolplanner.tools.generator;

import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import org.protocolplanner.shared.protocol.Feature;
import org.protocolplanner.shared.protocol.Layout;

/**
 * The kinds of space a synthetic reception site has. Each kind has a main layout whose capacity is
 * drawn uniformly from a range, the capacities of its other layouts as fixed shares of that
 * figure (rounded to 5), features it always has and features it has by chance, and a turnover
 * drawn from a short list. These are synthetic assumptions, not published figures.
 */
enum SpaceKind {
    AUDITORIUM(
            Layout.THEATRE,
            400,
            2500,
            50,
            shares(Layout.CLASSROOM, 0.5, Layout.RECEPTION, 0.8, Layout.CEREMONY, 0.5),
            EnumSet.of(Feature.INTERPRETATION, Feature.STAGE, Feature.PRESS_AREA, Feature.BROADCAST),
            chances(Feature.ACCESSIBLE, 0.8, Feature.SECURE_HOLDING_ROOM, 0.6),
            List.of(60),
            List.of("Plenary Hall (大会堂)", "Grand Auditorium (大礼堂)", "Conference Hall (会议厅)")),
    GRAND_BANQUET_HALL(
            Layout.BANQUET,
            300,
            1500,
            50,
            shares(Layout.RECEPTION, 1.5, Layout.THEATRE, 1.2, Layout.CEREMONY, 1.0),
            EnumSet.of(Feature.KITCHEN, Feature.STAGE),
            chances(Feature.INTERPRETATION, 0.7, Feature.ACCESSIBLE, 0.8, Feature.BROADCAST, 0.3),
            List.of(60),
            List.of("Grand Ballroom (大宴会厅)", "Golden Banquet Hall (金色宴会厅)")),
    BANQUET_HALL(
            Layout.BANQUET,
            80,
            600,
            10,
            shares(Layout.RECEPTION, 1.5, Layout.THEATRE, 1.2, Layout.CEREMONY, 1.0),
            EnumSet.of(Feature.KITCHEN),
            chances(Feature.STAGE, 0.6, Feature.INTERPRETATION, 0.5, Feature.ACCESSIBLE, 0.7, Feature.BROADCAST, 0.2),
            List.of(45, 60),
            List.of(
                    "Peony Banquet Hall (牡丹厅)",
                    "Lotus Banquet Hall (荷花厅)",
                    "Osmanthus Banquet Hall (桂花厅)",
                    "Camellia Banquet Hall (山茶厅)")),
    MEETING_ROOM(
            Layout.ROUNDTABLE,
            10,
            60,
            2,
            shares(Layout.CLASSROOM, 1.5, Layout.THEATRE, 2.0),
            EnumSet.noneOf(Feature.class),
            chances(Feature.INTERPRETATION, 0.6, Feature.SECURE_HOLDING_ROOM, 0.35, Feature.ACCESSIBLE, 0.6),
            List.of(15, 30),
            List.of(
                    "Orchid Room (兰厅)",
                    "Bamboo Room (竹厅)",
                    "Plum Blossom Room (梅厅)",
                    "Chrysanthemum Room (菊厅)",
                    "Pine Room (松厅)",
                    "Magnolia Room (玉兰厅)",
                    "Jade Room (玉厅)")),
    MULTI_FUNCTION_HALL(
            Layout.RECEPTION,
            100,
            600,
            10,
            shares(Layout.THEATRE, 0.8, Layout.BANQUET, 0.5, Layout.CEREMONY, 0.6, Layout.CLASSROOM, 0.5),
            EnumSet.noneOf(Feature.class),
            chances(
                    Feature.KITCHEN,
                    0.5,
                    Feature.STAGE,
                    0.5,
                    Feature.PRESS_AREA,
                    0.5,
                    Feature.INTERPRETATION,
                    0.4,
                    Feature.BROADCAST,
                    0.25,
                    Feature.ACCESSIBLE,
                    0.7),
            List.of(30, 45),
            List.of("Friendship Hall (友谊厅)", "Harmony Hall (和谐厅)", "Spring Breeze Hall (春风厅)", "Silk Road Hall (丝路厅)")),
    COURTYARD(
            Layout.CEREMONY,
            60,
            800,
            20,
            shares(Layout.RECEPTION, 1.0),
            EnumSet.of(Feature.OUTDOOR),
            chances(Feature.ACCESSIBLE, 0.5, Feature.HELIPAD, 0.05),
            List.of(30),
            List.of(
                    "East Courtyard (东院)",
                    "West Courtyard (西院)",
                    "Garden Courtyard (花园庭院)",
                    "Moon Gate Courtyard (月门庭院)")),
    GALLERY(
            Layout.RECEPTION,
            40,
            300,
            10,
            Map.of(),
            EnumSet.noneOf(Feature.class),
            chances(Feature.ACCESSIBLE, 0.7),
            List.of(15),
            List.of("Exhibition Gallery (展厅)", "Heritage Gallery (非遗展厅)", "Innovation Showroom (创新展厅)"));

    private final Layout mainLayout;
    private final int minCapacity;
    private final int maxCapacity;
    private final int capacityStep;
    private final Map<Layout, Double> otherLayoutShares;
    private final Set<Feature> alwaysFeatures;
    private final Map<Feature, Double> featureChances;
    private final List<Integer> turnoverChoices;
    private final List<String> names;

    SpaceKind(
            Layout mainLayout,
            int minCapacity,
            int maxCapacity,
            int capacityStep,
            Map<Layout, Double> otherLayoutShares,
            Set<Feature> alwaysFeatures,
            Map<Feature, Double> featureChances,
            List<Integer> turnoverChoices,
            List<String> names) {
        this.mainLayout = mainLayout;
        this.minCapacity = minCapacity;
        this.maxCapacity = maxCapacity;
        this.capacityStep = capacityStep;
        this.otherLayoutShares = otherLayoutShares;
        this.alwaysFeatures = alwaysFeatures;
        this.featureChances = featureChances;
        this.turnoverChoices = turnoverChoices;
        this.names = names;
    }

    List<String> names() {
        return names;
    }

    /** Capacity per layout, in {@link Layout} order. */
    Map<Layout, Integer> drawCapacity(SplittableRandom random) {
        int main = Draw.steppedBetween(random, minCapacity, maxCapacity, capacityStep);
        Map<Layout, Integer> capacity = new EnumMap<>(Layout.class);
        capacity.put(mainLayout, main);
        otherLayoutShares.forEach((layout, share) -> capacity.put(layout, roundToFive(main * share)));
        return Collections.unmodifiableMap(capacity);
    }

    /** Features in {@link Feature} order. */
    List<Feature> drawFeatures(SplittableRandom random) {
        Set<Feature> features = EnumSet.noneOf(Feature.class);
        features.addAll(alwaysFeatures);
        featureChances.forEach((feature, probability) -> {
            if (Draw.chance(random, probability)) {
                features.add(feature);
            }
        });
        return List.copyOf(features);
    }

    int drawTurnover(SplittableRandom random) {
        return Draw.oneOf(random, turnoverChoices);
    }

    private static int roundToFive(double people) {
        return Math.max(5, (int) Math.round(people / 5) * 5);
    }

    /** Keys in {@link Layout} order, so that the draws happen in a fixed order. */
    private static Map<Layout, Double> shares(Object... layoutsAndShares) {
        Map<Layout, Double> shares = new EnumMap<>(Layout.class);
        for (int i = 0; i < layoutsAndShares.length; i += 2) {
            shares.put((Layout) layoutsAndShares[i], (Double) layoutsAndShares[i + 1]);
        }
        return shares;
    }

    /** Keys in {@link Feature} order, so that the draws happen in a fixed order. */
    private static Map<Feature, Double> chances(Object... featuresAndChances) {
        Map<Feature, Double> chances = new EnumMap<>(Feature.class);
        for (int i = 0; i < featuresAndChances.length; i += 2) {
            chances.put((Feature) featuresAndChances[i], (Double) featuresAndChances[i + 1]);
        }
        return chances;
    }
}
