package org.protocolplanner.tools.generator;

import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import org.protocolplanner.exchange.Horizon;
import org.protocolplanner.exchange.OpeningWindow;
import org.protocolplanner.exchange.Period;
import org.protocolplanner.exchange.SpaceDoc;
import org.protocolplanner.exchange.VenueDoc;

/**
 * Makes synthetic "Visit Beijing" designated reception sites, the same ones for the same seed. No
 * figure here describes a real place: names say "synthetic" ("Synthetic reception site 017
 * (Chaoyang)", "模拟外事接待点位 017（朝阳）"), ids are {@code syn-017}, spaces {@code syn-017-2}.
 *
 * <p>Distributions (synthetic assumptions; docs/summit-generator.md summarises them):
 * <ul>
 * <li><b>District</b>: drawn by weight: Chaoyang 16 %, Haidian 14 %, Dongcheng 12 %, Xicheng 12 %,
 * Fengtai, Tongzhou, Shunyi, Changping, Huairou 5 % each, Daxing and Yanqing 4 %, Shijingshan,
 * Fangshan and Miyun 3 %, Mentougou and Pinggu 2 %.</li>
 * <li><b>Coordinates</b>: uniform in a disc around the district's seat (radius 4 km for Dongcheng,
 * Xicheng, Shijingshan; 5 km Fengtai; 6 km Chaoyang, Haidian, Tongzhou, Mentougou, Pinggu; 8 km the
 * other outer districts), clamped to the municipality's box 39.44-41.06 N, 115.42-117.51 E.</li>
 * <li><b>Kind</b>: dealt in fixed shares (one convention centre first, then largest remainder):
 * convention centre 8 %, guesthouse 30 %, heritage site 25 %, innovation and enterprise site 22 %,
 * community and campus site 15 %.</li>
 * <li><b>Security grade</b> (A/B/C): convention centre 100/0/0 %, guesthouse 45/45/10 %, heritage
 * site 10/50/40 %, enterprise 0/40/60 %, community 0/20/80 %.</li>
 * <li><b>Prestige</b>, uniform: convention centre 7-10, guesthouse 6-9, heritage site 5-8,
 * enterprise 3-6, community 2-5.</li>
 * <li><b>Spaces</b> (1-5; about 2.9 a site, so 456 sites hold about 1,300): convention centre: an
 * auditorium, a grand banquet hall, 1-3 meeting rooms; guesthouse: a banquet hall, 1-3 meeting
 * rooms, a courtyard (40 %), a multi-function hall (30 %), at most 5; heritage site: a courtyard,
 * 0-2 galleries, a meeting room (30 %); enterprise: a multi-function hall, 1-2 meeting rooms, a
 * gallery (50 %); community: a meeting room, a gallery (50 %), a courtyard (30 %).</li>
 * <li><b>Capacity</b>, main layout uniform, other layouts as shares of it: auditorium THEATRE
 * 400-2,500 (CLASSROOM 0.5, RECEPTION 0.8, CEREMONY 0.5); grand banquet hall BANQUET 300-1,500 and
 * banquet hall BANQUET 80-600 (RECEPTION 1.5, THEATRE 1.2, CEREMONY 1.0); meeting room ROUNDTABLE
 * 10-60 (CLASSROOM 1.5, THEATRE 2.0); multi-function hall RECEPTION 100-600 (THEATRE 0.8, BANQUET 0.5,
 * CEREMONY 0.6, CLASSROOM 0.5); courtyard CEREMONY 60-800 (RECEPTION 1.0); gallery RECEPTION
 * 40-300.</li>
 * <li><b>Features</b>: auditorium always INTERPRETATION, STAGE, PRESS_AREA, BROADCAST, and
 * ACCESSIBLE 80 %, SECURE_HOLDING_ROOM 60 %; grand banquet hall always KITCHEN, STAGE, and
 * INTERPRETATION 70 %, ACCESSIBLE 80 %, BROADCAST 30 %; banquet hall always KITCHEN, and STAGE 60 %,
 * INTERPRETATION 50 %, ACCESSIBLE 70 %, BROADCAST 20 %; meeting room INTERPRETATION 60 %,
 * SECURE_HOLDING_ROOM 35 %, ACCESSIBLE 60 %; multi-function hall KITCHEN, STAGE, PRESS_AREA 50 % each,
 * INTERPRETATION 40 %, BROADCAST 25 %, ACCESSIBLE 70 %; courtyard always OUTDOOR, and ACCESSIBLE 50 %,
 * HELIPAD 5 %; gallery ACCESSIBLE 70 %.</li>
 * <li><b>Turnover</b>: auditorium and grand banquet hall 60 min; banquet hall 45 or 60; meeting room
 * 15 or 30; multi-function hall 30 or 45; courtyard 30; gallery 15.</li>
 * <li><b>Opening hours</b>, per space: 07:00-23:00 55 %, 08:00-22:00 30 %, 09:00-17:00 5 %,
 * 08:00-12:00 and 13:30-22:00 5 %, 00:00-24:00 5 %.</li>
 * <li><b>Blackouts</b>: 8 % of spaces get one of 2-8 hours, starting at a whole hour drawn
 * uniformly in the horizon (cut at its end), for maintenance, a security sweep or another
 * event.</li>
 * </ul>
 */
public final class SyntheticVenueGenerator {

    static final String ID_PREFIX = "syn-";

    private static final List<List<OpeningWindow>> OPENING_HOURS = List.of(
            List.of(new OpeningWindow(7 * 60, 23 * 60)),
            List.of(new OpeningWindow(8 * 60, 22 * 60)),
            List.of(new OpeningWindow(9 * 60, 17 * 60)),
            List.of(new OpeningWindow(8 * 60, 12 * 60), new OpeningWindow(13 * 60 + 30, 22 * 60)),
            List.of(new OpeningWindow(0, 24 * 60)));
    private static final double[] OPENING_HOURS_WEIGHTS = {0.55, 0.30, 0.05, 0.05, 0.05};
    private static final double BLACKOUT_CHANCE = 0.08;
    private static final List<String> BLACKOUT_REASONS =
            List.of("maintenance", "security sweep", "booked by another event");

    private final long seed;

    public SyntheticVenueGenerator(long seed) {
        this.seed = seed;
    }

    /**
     * {@code count} sites numbered from 1, with blackouts inside {@code horizon}. The same seed,
     * count and horizon give equal lists.
     */
    public List<SyntheticSite> generate(int count, Horizon horizon) {
        if (count < 0) {
            throw new IllegalArgumentException("count must not be negative: " + count);
        }
        SplittableRandom random = new SplittableRandom(seed);
        List<SiteKind> kinds = SiteKind.deal(count, random);
        List<SyntheticSite> sites = new ArrayList<>(count);
        String numberFormat = "%0" + Math.max(3, String.valueOf(count).length()) + "d";
        for (int i = 0; i < count; i++) {
            sites.add(site(String.format(Locale.ROOT, numberFormat, i + 1), kinds.get(i), horizon, random));
        }
        return List.copyOf(sites);
    }

    private static SyntheticSite site(String number, SiteKind kind, Horizon horizon, SplittableRandom random) {
        BeijingDistrict district = BeijingDistrict.draw(random);
        double[] point = district.drawPoint(random);
        String id = ID_PREFIX + number;
        List<SpaceKind> spaceKinds = kind.drawSpaces(random);
        List<String> usedNames = new ArrayList<>();
        List<SpaceDoc> spaces = new ArrayList<>();
        for (int i = 0; i < spaceKinds.size(); i++) {
            spaces.add(space(id + "-" + (i + 1), spaceKinds.get(i), usedNames, horizon, random));
        }
        VenueDoc venue = new VenueDoc(
                id,
                "Synthetic reception site " + number + " (" + district.englishName() + ")",
                point[0],
                point[1],
                kind.drawGrade(random),
                kind.drawPrestige(random),
                List.copyOf(spaces));
        String nameZh = "模拟外事接待点位 " + number + "（" + district.chineseName() + "）";
        Map<String, String> spaceNamesZh = new LinkedHashMap<>();
        for (SpaceDoc space : spaces) {
            spaceNamesZh.put(space.id(), chinesePart(space.name()));
        }
        return new SyntheticSite(
                venue, nameZh, Map.copyOf(spaceNamesZh), district.englishName(), "synthetic " + kind.englishName());
    }

    /** A space's Chinese name: its English name carries it in brackets ("Orchid Room (兰厅)" gives "兰厅"). */
    static String chinesePart(String name) {
        int open = name.lastIndexOf(" (");
        if (open < 0 || !name.endsWith(")")) {
            throw new IllegalArgumentException("a synthetic space name without its Chinese name: " + name);
        }
        return name.substring(open + 2, name.length() - 1);
    }

    private static SpaceDoc space(
            String id, SpaceKind kind, List<String> usedNames, Horizon horizon, SplittableRandom random) {
        List<String> freeNames =
                kind.names().stream().filter(name -> !usedNames.contains(name)).toList();
        String name = Draw.oneOf(random, freeNames);
        usedNames.add(name);
        return new SpaceDoc(
                id,
                name,
                kind.drawCapacity(random),
                kind.drawFeatures(random),
                kind.drawTurnover(random),
                OPENING_HOURS.get(Draw.weightedIndex(random, OPENING_HOURS_WEIGHTS)),
                blackouts(horizon, random));
    }

    private static List<Period> blackouts(Horizon horizon, SplittableRandom random) {
        if (!Draw.chance(random, BLACKOUT_CHANCE)) {
            return List.of();
        }
        long horizonHours = Duration.between(horizon.start(), horizon.end()).toHours();
        LocalDateTime start = horizon.start().plusHours(random.nextLong(Math.max(1, horizonHours)));
        LocalDateTime end = start.plusHours(Draw.between(random, 2, 8));
        if (end.isAfter(horizon.end())) {
            end = horizon.end();
        }
        return List.of(new Period(start, end, Draw.oneOf(random, BLACKOUT_REASONS)));
    }
}
