package org.protocolplanner.tools.generator;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.stream.IntStream;
import org.protocolplanner.exchange.DelegationDoc;
import org.protocolplanner.shared.protocol.EventType;
import org.protocolplanner.shared.protocol.Feature;
import org.protocolplanner.shared.protocol.HeadRank;
import org.protocolplanner.shared.protocol.Layout;
import org.protocolplanner.shared.protocol.SecurityGrade;

/**
 * The engagements of a summit week, in document order: the all-delegation events, then each
 * delegation's programme, then the side meetings. The mix is documented in {@link SummitGenerator}.
 */
final class EngagementMix {

    private static final double SIGNING_CHANCE = 0.25;
    private static final double PRESS_CONFERENCE_CHANCE = 0.20;
    private static final double WORKING_LUNCH_CHANCE = 0.20;
    private static final double CULTURAL_VISIT_CHANCE = 0.30;
    private static final double BRIEFING_CHANCE = 0.15;
    private static final int DELEGATIONS_PER_RECEPTION = 20;

    private final DelegationRoster roster;
    private final SplittableRandom random;
    private final List<ProposedEngagement> engagements = new ArrayList<>();

    private EngagementMix(DelegationRoster roster, SplittableRandom random) {
        this.roster = roster;
        this.random = random;
    }

    static List<ProposedEngagement> draw(DelegationRoster roster, int pairMeetings, SplittableRandom random) {
        EngagementMix mix = new EngagementMix(roster, random);
        mix.summitWide();
        for (int delegation = 0; delegation < roster.size(); delegation++) {
            mix.programmeOf(delegation);
        }
        for (SideMeetingPairs.Pair pair : SideMeetingPairs.draw(roster, pairMeetings, random)) {
            mix.sideMeeting(pair.first(), pair.second());
        }
        return List.copyOf(mix.engagements);
    }

    private void summitWide() {
        int count = roster.size();
        List<Integer> everyone = IntStream.range(0, count).boxed().toList();
        int plenary = add(
                EventType.PLENARY,
                "Opening plenary session",
                everyone,
                4 * count + 60,
                Layout.THEATRE,
                180,
                EnumSet.of(Feature.INTERPRETATION, Feature.STAGE, Feature.BROADCAST),
                null,
                10,
                List.of(),
                false,
                true);
        add(
                EventType.STATE_BANQUET,
                "State banquet",
                everyone,
                3 * count + 80,
                Layout.BANQUET,
                120,
                EnumSet.of(Feature.STAGE, Feature.KITCHEN),
                null,
                10,
                List.of(plenary),
                false,
                true);
        int groups = (count + DELEGATIONS_PER_RECEPTION - 1) / DELEGATIONS_PER_RECEPTION;
        List<Integer> shuffled = Draw.shuffled(random, everyone);
        for (int group = 0; group < groups; group++) {
            int g = group;
            List<Integer> guests = IntStream.range(0, count)
                    .filter(p -> p % groups == g)
                    .mapToObj(shuffled::get)
                    .sorted()
                    .toList();
            add(
                    EventType.RECEPTION,
                    "Evening reception " + (group + 1) + " of " + groups,
                    guests,
                    8 * guests.size() + 40,
                    Layout.RECEPTION,
                    90,
                    EnumSet.of(Feature.KITCHEN),
                    null,
                    4,
                    List.of(),
                    false,
                    false);
        }
        add(
                EventType.BRIEFING,
                "Security briefing for liaison officers",
                List.of(),
                Draw.between(random, 40, 80),
                Layout.CLASSROOM,
                60,
                EnumSet.of(Feature.SECURE_HOLDING_ROOM),
                SecurityGrade.B,
                2,
                List.of(),
                true,
                false);
    }

    private void programmeOf(int delegation) {
        DelegationDoc guest = roster.get(delegation);
        List<Integer> attendees = List.of(delegation);
        String name = guest.name();
        boolean head = isHead(guest.headRank());
        List<Integer> afterWelcome = List.of();
        if (head) {
            Set<Feature> outdoor =
                    Draw.chance(random, 0.5) ? EnumSet.of(Feature.OUTDOOR) : EnumSet.noneOf(Feature.class);
            afterWelcome = List.of(add(
                    EventType.WELCOME_CEREMONY,
                    "Welcome ceremony: " + name,
                    attendees,
                    Math.min(guest.size(), 20) + Draw.between(random, 30, 80),
                    Layout.CEREMONY,
                    Draw.oneOf(random, List.of(30, 45)),
                    outdoor,
                    null,
                    9,
                    List.of(),
                    false,
                    true));
        }
        Set<Feature> talksFeatures = head
                ? EnumSet.of(Feature.INTERPRETATION, Feature.SECURE_HOLDING_ROOM)
                : EnumSet.of(Feature.INTERPRETATION);
        int talks = add(
                EventType.BILATERAL_TALKS,
                "Bilateral talks: China - " + name,
                attendees,
                Math.min(guest.size(), Draw.between(random, 8, 16)) + Draw.between(random, 6, 12),
                Layout.ROUNDTABLE,
                head ? 90 : 60,
                talksFeatures,
                null,
                hostTalksPriority(guest.headRank()),
                afterWelcome,
                false,
                true);
        if (Draw.chance(random, SIGNING_CHANCE)) {
            add(
                    EventType.SIGNING_CEREMONY,
                    "Signing ceremony: China - " + name,
                    attendees,
                    Draw.between(random, 20, 50),
                    Layout.CEREMONY,
                    30,
                    EnumSet.of(Feature.PRESS_AREA),
                    null,
                    6,
                    List.of(talks),
                    false,
                    false);
        }
        if (Draw.chance(random, PRESS_CONFERENCE_CHANCE)) {
            Set<Feature> press = EnumSet.of(Feature.INTERPRETATION, Feature.PRESS_AREA);
            if (Draw.chance(random, 0.5)) {
                press.add(Feature.BROADCAST);
            }
            add(
                    EventType.PRESS_CONFERENCE,
                    "Press conference: " + name,
                    attendees,
                    Draw.between(random, 40, 150),
                    Layout.THEATRE,
                    Draw.oneOf(random, List.of(40, 45, 60)),
                    press,
                    null,
                    5,
                    List.of(talks),
                    false,
                    false);
        }
        if (Draw.chance(random, WORKING_LUNCH_CHANCE)) {
            add(
                    EventType.WORKING_LUNCH,
                    "Working lunch: China - " + name,
                    attendees,
                    Draw.between(random, 10, 30),
                    Layout.BANQUET,
                    Draw.oneOf(random, List.of(75, 90)),
                    EnumSet.of(Feature.INTERPRETATION, Feature.KITCHEN),
                    null,
                    5,
                    List.of(),
                    false,
                    false);
        }
        if (Draw.chance(random, CULTURAL_VISIT_CHANCE)) {
            Set<Feature> access =
                    Draw.chance(random, 0.5) ? EnumSet.of(Feature.ACCESSIBLE) : EnumSet.noneOf(Feature.class);
            add(
                    EventType.CULTURAL_VISIT,
                    "Cultural visit: " + name,
                    attendees,
                    Math.min(guest.size(), Draw.between(random, 10, 30)),
                    Layout.RECEPTION,
                    Draw.oneOf(random, List.of(90, 120, 150)),
                    access,
                    null,
                    3,
                    List.of(),
                    false,
                    false);
        }
        if (Draw.chance(random, BRIEFING_CHANCE)) {
            Set<Feature> holding =
                    Draw.chance(random, 0.5) ? EnumSet.of(Feature.SECURE_HOLDING_ROOM) : EnumSet.noneOf(Feature.class);
            SecurityGrade raised = Draw.chance(random, 0.3) ? SecurityGrade.B : null;
            add(
                    EventType.BRIEFING,
                    "Briefing for the delegation of " + name,
                    attendees,
                    Math.min(guest.size(), Draw.between(random, 5, 20)),
                    Layout.CLASSROOM,
                    Draw.oneOf(random, List.of(30, 45, 60)),
                    holding,
                    raised,
                    2,
                    List.of(),
                    Draw.chance(random, 0.5),
                    false);
        }
    }

    private void sideMeeting(int first, int second) {
        DelegationDoc a = roster.get(first);
        DelegationDoc b = roster.get(second);
        Set<Feature> interpretation =
                Draw.chance(random, 0.7) ? EnumSet.of(Feature.INTERPRETATION) : EnumSet.noneOf(Feature.class);
        int priority = isHead(a.headRank()) && isHead(b.headRank()) ? 7 : 5;
        add(
                EventType.BILATERAL_TALKS,
                "Side meeting: " + a.name() + " - " + b.name(),
                List.of(first, second),
                Draw.between(random, 4, 10) + Draw.between(random, 4, 10),
                Layout.ROUNDTABLE,
                Draw.oneOf(random, List.of(45, 60)),
                interpretation,
                null,
                priority,
                List.of(),
                Draw.chance(random, 0.1),
                false);
    }

    private int add(
            EventType type,
            String title,
            List<Integer> delegations,
            int headcount,
            Layout layout,
            int durationMinutes,
            Set<Feature> features,
            SecurityGrade minGrade,
            int priority,
            List<Integer> after,
            boolean confidential,
            boolean earlyInVisit) {
        SecurityGrade required = SecurityGrade.higher(SecurityGrade.C, minGrade);
        for (int delegation : delegations) {
            required = SecurityGrade.higher(
                    required, roster.get(delegation).headRank().requiredGrade());
        }
        int index = engagements.size();
        engagements.add(new ProposedEngagement(
                index,
                type,
                title,
                delegations,
                headcount,
                layout,
                durationMinutes,
                List.copyOf(features),
                minGrade,
                required,
                priority,
                after,
                confidential,
                earlyInVisit));
        return index;
    }

    private static boolean isHead(HeadRank rank) {
        return rank == HeadRank.HEAD_OF_STATE || rank == HeadRank.HEAD_OF_GOVERNMENT;
    }

    private static int hostTalksPriority(HeadRank rank) {
        return switch (rank) {
            case HEAD_OF_STATE, HEAD_OF_GOVERNMENT -> 9;
            case DEPUTY_HEAD, INTERNATIONAL_ORGANIZATION_HEAD -> 8;
            case MINISTER -> 7;
            case SENIOR_OFFICIAL -> 6;
        };
    }
}
