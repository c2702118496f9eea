package org.protocolplanner.tools.generator;

import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;

/**
 * The 16 districts of Beijing, where synthetic reception sites are scattered. The centres are the
 * approximate coordinates of each district's urban seat, rounded to 0.01 degree, from general
 * knowledge; they place synthetic sites on a plausible map and describe no real venue. The
 * weights are the share of synthetic sites a district gets (assumed: reception sites concentrate
 * in the four central districts), the radius how far around the centre its sites lie.
 */
enum BeijingDistrict {
    DONGCHENG("Dongcheng", "东城", 39.93, 116.42, 4, 12),
    XICHENG("Xicheng", "西城", 39.91, 116.37, 4, 12),
    CHAOYANG("Chaoyang", "朝阳", 39.94, 116.48, 6, 16),
    HAIDIAN("Haidian", "海淀", 39.96, 116.30, 6, 14),
    FENGTAI("Fengtai", "丰台", 39.86, 116.29, 5, 5),
    SHIJINGSHAN("Shijingshan", "石景山", 39.91, 116.22, 4, 3),
    TONGZHOU("Tongzhou", "通州", 39.90, 116.66, 6, 5),
    SHUNYI("Shunyi", "顺义", 40.13, 116.65, 8, 5),
    CHANGPING("Changping", "昌平", 40.22, 116.23, 8, 5),
    DAXING("Daxing", "大兴", 39.73, 116.34, 8, 4),
    HUAIROU("Huairou", "怀柔", 40.32, 116.63, 8, 5),
    MENTOUGOU("Mentougou", "门头沟", 39.94, 116.10, 6, 2),
    FANGSHAN("Fangshan", "房山", 39.73, 116.14, 8, 3),
    PINGGU("Pinggu", "平谷", 40.14, 117.12, 6, 2),
    MIYUN("Miyun", "密云", 40.38, 116.84, 8, 3),
    YANQING("Yanqing", "延庆", 40.46, 115.97, 8, 4);

    /** The municipality's bounding box: no synthetic site lies outside it. */
    private static final double MIN_LAT = 39.44;

    private static final double MAX_LAT = 41.06;
    private static final double MIN_LON = 115.42;
    private static final double MAX_LON = 117.51;

    private static final double KM_PER_DEGREE_LAT = 111.2;

    private final String englishName;
    private final String chineseName;
    private final double centreLat;
    private final double centreLon;
    private final double radiusKm;
    private final double weight;

    BeijingDistrict(
            String englishName,
            String chineseName,
            double centreLat,
            double centreLon,
            double radiusKm,
            double weight) {
        this.englishName = englishName;
        this.chineseName = chineseName;
        this.centreLat = centreLat;
        this.centreLon = centreLon;
        this.radiusKm = radiusKm;
        this.weight = weight;
    }

    String englishName() {
        return englishName;
    }

    String chineseName() {
        return chineseName;
    }

    static BeijingDistrict draw(SplittableRandom random) {
        List<BeijingDistrict> all = Arrays.asList(values());
        double[] weights = all.stream().mapToDouble(d -> d.weight).toArray();
        return all.get(Draw.weightedIndex(random, weights));
    }

    /**
     * A point drawn uniformly from the disc of {@link #radiusKm} around the centre, clamped to the
     * municipality, rounded to 5 decimals (about a metre) so that it prints and parses back exactly.
     */
    double[] drawPoint(SplittableRandom random) {
        double distanceKm = radiusKm * Math.sqrt(random.nextDouble());
        double bearing = 2 * Math.PI * random.nextDouble();
        double lat = centreLat + distanceKm * Math.cos(bearing) / KM_PER_DEGREE_LAT;
        double lon =
                centreLon + distanceKm * Math.sin(bearing) / (KM_PER_DEGREE_LAT * Math.cos(Math.toRadians(centreLat)));
        return new double[] {round5(clamp(lat, MIN_LAT, MAX_LAT)), round5(clamp(lon, MIN_LON, MAX_LON))};
    }

    private static double clamp(double value, double min, double max) {
        return Math.max(min, Math.min(max, value));
    }

    private static double round5(double value) {
        return Math.round(value * 100_000) / 100_000.0;
    }
}
