package org.protocolplanner.booking;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.protocolplanner.engagement.Engagement;
import org.protocolplanner.engagement.EngagementRepository;
import org.protocolplanner.plan.Plan;
import org.protocolplanner.plan.PlanSetbacks;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;

/**
 * Each engagement's booking state where it is now, by the rule of {@link BookingAtPlace}: what itineraries and
 * delegation feeds print beside a place, and what a plan's setbacks count. A scenario never sends requests, so
 * its engagements have none.
 */
@Service
public class EngagementBookingStates implements PlanSetbacks {

    /** The state of the booking for an engagement's current place, and the reason its answer gave, if any. */
    public record State(BookingStatus status, String reason) {

        /** Declined, lapsed or cancelled: the place is not the venue's to give, and the officer must act. */
        public boolean isSetback() {
            return SETBACKS.contains(status);
        }
    }

    private static final Set<BookingStatus> SETBACKS =
            Set.of(BookingStatus.DECLINED, BookingStatus.LAPSED, BookingStatus.CANCELLED);

    private final JdbcTemplate jdbc;
    private final EngagementRepository engagements;

    EngagementBookingStates(JdbcTemplate jdbc, EngagementRepository engagements) {
        this.jdbc = jdbc;
        this.engagements = engagements;
    }

    /** The states of these engagements of the plan, by engagement id; those without a booking there are absent. */
    public Map<Long, State> of(Plan plan, Collection<Engagement> scheduled) {
        if (plan.getKind() != Plan.Kind.LIVE || scheduled.isEmpty()) {
            return Map.of();
        }
        Map<Long, List<BookingAtPlace.Row>> rows =
                rowsOf(plan, scheduled.stream().map(Engagement::getId).toList());
        Map<Long, State> states = new HashMap<>();
        for (Engagement engagement : scheduled) {
            BookingAtPlace.of(
                            rows.getOrDefault(engagement.getId(), List.of()),
                            engagement.getAssignedSpaceId(),
                            engagement.getAssignedStart())
                    .ifPresent(row -> states.put(engagement.getId(), new State(row.status(), row.reason())));
        }
        return states;
    }

    /**
     * Counted over the engagements whose latest booking is a setback (few, and read alone), so that a list of
     * plans costs one small query per live plan.
     */
    @Override
    public Setbacks of(Plan plan) {
        if (plan.getKind() != Plan.Kind.LIVE) {
            return Setbacks.NONE;
        }
        List<Long> candidates = jdbc.queryForList("""
                select engagement_id from (
                    select distinct on (engagement_id) engagement_id, status from booking
                    where plan_id = ? and engagement_id is not null and status <> 'WITHDRAWN'
                    order by engagement_id, id desc) latest
                where status in ('DECLINED', 'LAPSED', 'CANCELLED')""", Long.class, plan.getId());
        if (candidates.isEmpty()) {
            return Setbacks.NONE;
        }
        Map<BookingStatus, Long> counts = of(
                        plan,
                        engagements.findAllById(candidates).stream()
                                .filter(Engagement::isScheduled)
                                .toList())
                .values()
                .stream()
                .filter(State::isSetback)
                .collect(Collectors.groupingBy(State::status, Collectors.counting()));
        return new Setbacks(
                count(counts, BookingStatus.DECLINED),
                count(counts, BookingStatus.LAPSED),
                count(counts, BookingStatus.CANCELLED));
    }

    private Map<Long, List<BookingAtPlace.Row>> rowsOf(Plan plan, List<Long> engagementIds) {
        ZoneId zone = ZoneId.of(plan.getTimeZone());
        Map<Long, List<BookingAtPlace.Row>> rows = new HashMap<>();
        jdbc.query(
                """
                select id, engagement_id, status, space_id, starts_at, reason from booking
                where plan_id = ? and engagement_id = any (?)""",
                row -> {
                    rows.computeIfAbsent(row.getLong("engagement_id"), id -> new ArrayList<>())
                            .add(new BookingAtPlace.Row(
                                    row.getLong("id"),
                                    BookingStatus.valueOf(row.getString("status")),
                                    row.getString("space_id"),
                                    row.getTimestamp("starts_at")
                                            .toInstant()
                                            .atZone(zone)
                                            .toLocalDateTime(),
                                    row.getString("reason")));
                },
                plan.getId(),
                engagementIds.toArray(Long[]::new));
        return rows;
    }

    private static int count(Map<BookingStatus, Long> counts, BookingStatus status) {
        return counts.getOrDefault(status, 0L).intValue();
    }
}
