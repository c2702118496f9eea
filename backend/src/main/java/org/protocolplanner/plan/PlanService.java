package org.protocolplanner.plan;

import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import org.protocolplanner.audit.AuditLog;
import org.protocolplanner.audit.AuditedEntity;
import org.protocolplanner.delegation.Delegation;
import org.protocolplanner.delegation.DelegationRepository;
import org.protocolplanner.engagement.EngagementQueries;
import org.protocolplanner.engagement.EngagementRepository;
import org.protocolplanner.exchange.Horizon;
import org.protocolplanner.security.CurrentUser;
import org.protocolplanner.shared.web.ConflictException;
import org.protocolplanner.shared.web.InputError;
import org.protocolplanner.shared.web.InvalidRequestException;
import org.protocolplanner.shared.web.Message;
import org.protocolplanner.shared.web.NotFoundException;
import org.protocolplanner.shared.web.StaleVersionException;
import org.protocolplanner.venue.VenueQueries;
import org.protocolplanner.venue.VenueRepository;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.JsonNode;

/** Plans and scenarios: list, read, create empty, change settings, delete. */
@Service
public class PlanService {

    private static final Set<Integer> GRAINS = Set.of(5, 6, 10, 12, 15, 20, 30, 60);

    private final PlanRepository plans;
    private final DelegationRepository delegations;
    private final EngagementRepository engagements;
    private final VenueRepository venues;
    private final EngagementQueries engagementQueries;
    private final VenueQueries catalogue;
    private final PlanSetbacks setbacks;
    private final AuditLog audit;
    private final JdbcTemplate jdbc;
    private final ConfirmedBookings bookings;

    PlanService(
            PlanRepository plans,
            DelegationRepository delegations,
            EngagementRepository engagements,
            VenueRepository venues,
            EngagementQueries engagementQueries,
            VenueQueries catalogue,
            PlanSetbacks setbacks,
            AuditLog audit,
            JdbcTemplate jdbc,
            ConfirmedBookings bookings) {
        this.jdbc = jdbc;
        this.setbacks = setbacks;
        this.bookings = bookings;
        this.engagementQueries = engagementQueries;
        this.catalogue = catalogue;
        this.plans = plans;
        this.delegations = delegations;
        this.engagements = engagements;
        this.venues = venues;
        this.audit = audit;
    }

    @Transactional(readOnly = true)
    public Page<PlanResponse> list(Pageable pageable) {
        PlanPolicy.checkCanRead(CurrentUser.get());
        return plans.findAll(pageable).map(this::response);
    }

    @Transactional(readOnly = true)
    public PlanResponse get(long id) {
        PlanPolicy.checkCanRead(CurrentUser.get());
        return response(load(id));
    }

    @Transactional
    public PlanResponse create(PlanRequest request) {
        PlanPolicy.checkCanCreate(CurrentUser.get());
        validate(request);
        Plan plan = new Plan(request.name(), request.horizonStart(), request.horizonEnd());
        apply(plan, request);
        plan.setCreatedBy(CurrentUser.username());
        PlanResponse created = response(plans.saveAndFlush(plan));
        audit.record(AuditedEntity.PLAN, plan.getId(), "create", null, created);
        return created;
    }

    @Transactional
    public PlanResponse update(long id, PlanRequest request) {
        Plan plan = load(id);
        PlanPolicy.checkCanEdit(CurrentUser.get(), plan);
        checkVersion(plan, request.version());
        validate(request);
        keepVenuesInUse(plan, request);
        JsonNode before = audit.snapshot(response(plan));
        apply(plan, request);
        plan.markRevised();
        PlanResponse after = response(plans.saveAndFlush(plan));
        audit.record(AuditedEntity.PLAN, id, "update", before, after);
        return after;
    }

    /**
     * Deletes the plan with everything in it. Refused (409) while any of its bookings still stands: a venue
     * counts on a confirmed booking and a manager is answering a request, and both would vanish unannounced;
     * the officer withdraws or cancels them first, which tells the venues.
     */
    @Transactional
    public void delete(long id) {
        Plan plan = loadForChange(id);
        PlanPolicy.checkCanEdit(CurrentUser.get(), plan);
        int standing = bookings.standingOf(id);
        if (standing > 0) {
            throw new ConflictException(
                    Message.of("conflict.standing-bookings", plan.getName(), standing),
                    Map.of("standingBookings", standing));
        }
        JsonNode before = audit.snapshot(response(plan));
        plans.delete(plan);
        plans.flush();
        audit.record(AuditedEntity.PLAN, id, "delete", before, null);
    }

    public Plan load(long id) {
        return plans.findById(id).orElseThrow(() -> new NotFoundException("plan", id));
    }

    /** The plan, locked against other changes of its content until this transaction ends. */
    public Plan loadForChange(long id) {
        return plans.findByIdForChange(id).orElseThrow(() -> new NotFoundException("plan", id));
    }

    static void checkVersion(Plan plan, Long version) {
        if (version == null) {
            throw new InvalidRequestException("version", Message.of("input.version-required", Message.thing("plan")));
        }
        if (version != plan.getVersion()) {
            throw new StaleVersionException("plan", plan.getId(), plan.getVersion());
        }
    }

    private static void apply(Plan plan, PlanRequest request) {
        plan.setName(request.name());
        plan.setTimeZone(request.timeZone() == null ? "Asia/Shanghai" : request.timeZone());
        plan.setHorizon(
                request.horizonStart(),
                request.horizonEnd(),
                request.grainMinutes() == null ? 15 : request.grainMinutes());
        plan.setTravel(
                request.travelSpeedKmh() == null ? 35 : request.travelSpeedKmh(),
                request.travelRoadFactor() == null ? 1.3 : request.travelRoadFactor(),
                request.travelFixedMinutes() == null ? 10 : request.travelFixedMinutes());
        plan.setVenueIds(request.venueIds() == null ? List.of() : request.venueIds());
    }

    private void validate(PlanRequest request) {
        List<InputError> errors = new ArrayList<>();
        if (request.timeZone() != null) {
            try {
                ZoneId zone = ZoneId.of(request.timeZone());
                if (!zone.getRules()
                        .getOffset(request.horizonStart())
                        .equals(zone.getRules().getOffset(request.horizonEnd()))) {
                    errors.add(new InputError("timeZone", Message.of("input.time-zone-offset-changes")));
                }
            } catch (DateTimeException e) {
                errors.add(new InputError("timeZone", Message.of("input.unknown-time-zone")));
            }
        }
        if (!request.horizonEnd().isAfter(request.horizonStart())) {
            errors.add(new InputError(
                    "horizonEnd", Message.of("input.after", "horizonStart", Message.field("horizonStart"))));
        } else if (request.horizonEnd().isAfter(request.horizonStart().plusDays(Horizon.MAX_DAYS))) {
            errors.add(new InputError("horizonEnd", Message.of("exchange.horizon-too-long", Horizon.MAX_DAYS)));
        }
        if (request.grainMinutes() != null && !GRAINS.contains(request.grainMinutes())) {
            errors.add(new InputError("grainMinutes", Message.of("input.grain")));
        }
        List<String> venueIds = request.venueIds() == null ? List.of() : request.venueIds();
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < venueIds.size(); i++) {
            String venueId = venueIds.get(i);
            if (!seen.add(venueId)) {
                errors.add(new InputError("venueIds[" + i + "]", Message.of("input.venue-twice", venueId)));
            } else if (!venues.existsById(venueId)) {
                errors.add(new InputError("venueIds[" + i + "]", Message.of("input.venue-not-in-catalogue", venueId)));
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidRequestException(errors);
        }
    }

    /**
     * The venues of the spaces the plan's engagements are placed in, pinned to, published in, prefer or
     * exclude, of its closures and of its delegations' hotels: settings without one of them are refused
     * (the plan's document, its solution and its score would name a venue the plan does not have).
     * Settings without {@code venueIds} mean no venues, so they are refused too while any is in use.
     */
    private void keepVenuesInUse(Plan plan, PlanRequest request) {
        Set<String> kept = new HashSet<>(request.venueIds() == null ? List.of() : request.venueIds());
        Set<String> spaces = new HashSet<>(engagementQueries.spacesInUse(plan.getId()));
        spaces.addAll(
                jdbc.queryForList("select space_id from plan_closure where plan_id = ?", String.class, plan.getId()));
        Set<String> used = new TreeSet<>(catalogue.venuesOf(spaces));
        delegations.findByPlanIdOrderByPosition(plan.getId()).stream()
                .map(Delegation::getHotelVenueId)
                .filter(Objects::nonNull)
                .forEach(used::add);
        List<String> dropped =
                used.stream().filter(venueId -> !kept.contains(venueId)).toList();
        if (!dropped.isEmpty()) {
            throw new InvalidRequestException(
                    "venueIds", Message.of("input.venues-in-use", String.join(", ", dropped)));
        }
    }

    private PlanResponse response(Plan plan) {
        return PlanResponse.of(
                plan,
                setbacks.of(plan),
                engagements.countByPlanId(plan.getId()),
                delegations.countByPlanId(plan.getId()),
                PlanPolicy.allowedActions(CurrentUser.get(), plan));
    }
}
