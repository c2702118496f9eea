package org.protocolplanner.booking;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.protocolplanner.delegation.Delegation;
import org.protocolplanner.delegation.DelegationRepository;
import org.protocolplanner.engagement.Engagement;
import org.protocolplanner.engagement.EngagementRepository;
import org.protocolplanner.plan.Plan;
import org.protocolplanner.plan.PlanService;
import org.protocolplanner.security.AccountQueries;
import org.protocolplanner.venue.VenueQueries;
import org.protocolplanner.venue.VenueQueries.SpacePlace;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Bookings as read for people: with their space, venue, plan and engagement, each asked of its owner.
 * Whether the reader may see a confidential engagement's id, title and attendees is decided here too,
 * so that no answer, notification or e-mail can forget it.
 */
@Component
class BookingViews {

    /**
     * Which bookings to list: null fields do not filter; {@code venueIds} null means every venue;
     * {@code managed} true keeps the bookings of venues with managers, false those of venues without.
     */
    record Filter(BookingStatus status, String venueId, Long planId, List<String> venueIds, Boolean managed) {}

    private record Row(
            long id,
            long planId,
            BookingStatus status,
            Long engagementId,
            String spaceId,
            Instant startsAt,
            Instant endsAt,
            Instant busyUntil,
            Instant answerBy,
            String reason,
            Long replaces,
            Instant requestedAt,
            Instant answeredAt,
            String answeredBy,
            long version) {}

    private static final String SELECT = """
            select id, plan_id, status, engagement_id, space_id, starts_at, ends_at, busy_until, answer_by, reason,
                   replaces_booking_id, requested_at, answered_at, answered_by, version
            from booking""";

    private final JdbcTemplate jdbc;
    private final VenueQueries venues;
    private final AccountQueries accounts;
    private final PlanService plans;
    private final EngagementRepository engagements;
    private final DelegationRepository delegations;

    BookingViews(
            JdbcTemplate jdbc,
            VenueQueries venues,
            AccountQueries accounts,
            PlanService plans,
            EngagementRepository engagements,
            DelegationRepository delegations) {
        this.jdbc = jdbc;
        this.venues = venues;
        this.accounts = accounts;
        this.plans = plans;
        this.engagements = engagements;
        this.delegations = delegations;
    }

    /** @param redact whether confidential engagements lose their id, title and attendees (venue managers) */
    Optional<BookingResponse> find(long id, boolean redact) {
        return responses(jdbc.query(SELECT + " where id = ?", (row, i) -> row(row), id), redact).stream()
                .findFirst();
    }

    List<BookingResponse> findAll(List<Long> ids, boolean redact) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return responses(
                jdbc.query(SELECT + " where id = any(?) order by starts_at, id", (row, i) -> row(row), (Object)
                        ids.toArray(Long[]::new)),
                redact);
    }

    Page<BookingResponse> list(Filter filter, Pageable pageable, boolean redact) {
        List<Object> arguments = new ArrayList<>();
        StringBuilder where = new StringBuilder(" where true");
        if (filter.status() != null) {
            where.append(" and status = ?");
            arguments.add(filter.status().name());
        }
        if (filter.venueId() != null) {
            where.append(" and space_id = any(?)");
            arguments.add(spacesOf(List.of(filter.venueId())));
        }
        if (filter.planId() != null) {
            where.append(" and plan_id = ?");
            arguments.add(filter.planId());
        }
        if (filter.venueIds() != null) {
            where.append(" and space_id = any(?)");
            arguments.add(spacesOf(filter.venueIds()));
        }
        if (filter.managed() != null) {
            where.append(filter.managed() ? " and " : " and not ").append("(space_id = any(?))");
            arguments.add(spacesOf(accounts.managedVenueIds()));
        }
        Long total = jdbc.queryForObject("select count(*) from booking" + where, Long.class, arguments.toArray());
        List<Object> paged = new ArrayList<>(arguments);
        paged.add(pageable.getPageSize());
        paged.add(pageable.getOffset());
        List<BookingResponse> content = responses(
                jdbc.query(
                        SELECT + where + " order by starts_at, id limit ? offset ?",
                        (row, i) -> row(row),
                        paged.toArray()),
                redact);
        return new PageImpl<>(content, pageable, total == null ? 0 : total);
    }

    private String[] spacesOf(Collection<String> venueIds) {
        return venues.spaceIdsOf(venueIds).toArray(String[]::new);
    }

    private List<BookingResponse> responses(List<Row> rows, boolean redact) {
        if (rows.isEmpty()) {
            return List.of();
        }
        Map<String, SpacePlace> spaces =
                venues.placesOf(rows.stream().map(Row::spaceId).toList());
        Set<String> managed = accounts.managedVenueIds();
        Map<Long, Engagement> booked = new HashMap<>();
        engagements
                .findAllById(rows.stream()
                        .map(Row::engagementId)
                        .filter(id -> id != null)
                        .toList())
                .forEach(engagement -> booked.put(engagement.getId(), engagement));
        Map<Long, Plan> bookingPlans = new HashMap<>();
        Map<Long, List<Delegation>> planDelegations = new HashMap<>();
        List<BookingResponse> responses = new ArrayList<>();
        for (Row row : rows) {
            Plan plan = bookingPlans.computeIfAbsent(row.planId(), plans::load);
            Engagement engagement = row.engagementId() == null ? null : booked.get(row.engagementId());
            List<Delegation> attending = engagement == null
                    ? List.of()
                    : planDelegations.computeIfAbsent(row.planId(), delegations::findByPlanIdOrderByPosition);
            responses.add(response(row, plan, spaces.get(row.spaceId()), managed, engagement, attending, redact));
        }
        return responses;
    }

    private static BookingResponse response(
            Row row,
            Plan plan,
            SpacePlace space,
            Set<String> managed,
            Engagement engagement,
            List<Delegation> delegations,
            boolean redact) {
        ZoneId zone = ZoneId.of(plan.getTimeZone());
        BookingResponse.EngagementSummary summary = null;
        if (engagement != null) {
            boolean hidden = redact && engagement.isConfidential();
            // Its id too: planners' ids name what they hold ("ruritania-state-banquet").
            summary = new BookingResponse.EngagementSummary(
                    hidden ? null : engagement.getRef(),
                    hidden ? null : engagement.getTitle(),
                    engagement.getType().name(),
                    engagement.getHeadcount(),
                    engagement.getLayout().name(),
                    engagement.getRequiredFeatures().stream().map(Enum::name).toList(),
                    hidden
                            ? null
                            : delegations.stream()
                                    .filter(delegation ->
                                            engagement.getDelegations().contains(delegation.getRef()))
                                    .map(delegation ->
                                            new BookingResponse.Attendee(delegation.getName(), delegation.getCountry()))
                                    .toList(),
                    engagement.isConfidential());
        }
        return new BookingResponse(
                row.id(),
                row.planId(),
                plan.getName(),
                row.status(),
                space.venueId(),
                space.venueNameEn(),
                managed.contains(space.venueId()),
                row.spaceId(),
                space.spaceNameEn(),
                row.startsAt(),
                row.endsAt(),
                row.busyUntil(),
                zone.getId(),
                row.startsAt().atZone(zone).toLocalDateTime(),
                row.endsAt().atZone(zone).toLocalDateTime(),
                row.answerBy(),
                row.reason(),
                row.replaces(),
                row.requestedAt(),
                row.answeredAt(),
                row.answeredBy(),
                summary,
                row.version(),
                List.of());
    }

    private static Row row(ResultSet row) throws SQLException {
        long engagementId = row.getLong("engagement_id");
        Long engagement = row.wasNull() ? null : engagementId;
        long replacesId = row.getLong("replaces_booking_id");
        Long replaces = row.wasNull() ? null : replacesId;
        return new Row(
                row.getLong("id"),
                row.getLong("plan_id"),
                BookingStatus.valueOf(row.getString("status")),
                engagement,
                row.getString("space_id"),
                instant(row, "starts_at"),
                instant(row, "ends_at"),
                instant(row, "busy_until"),
                instant(row, "answer_by"),
                row.getString("reason"),
                replaces,
                instant(row, "requested_at"),
                instant(row, "answered_at"),
                row.getString("answered_by"),
                row.getLong("version"));
    }

    private static Instant instant(ResultSet row, String column) throws SQLException {
        Timestamp timestamp = row.getTimestamp(column);
        return timestamp == null ? null : timestamp.toInstant();
    }
}
