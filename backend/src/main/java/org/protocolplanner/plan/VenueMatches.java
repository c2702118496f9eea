package org.protocolplanner.plan;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.UnaryOperator;
import org.protocolplanner.audit.AuditLog;
import org.protocolplanner.audit.AuditedEntity;
import org.protocolplanner.delegation.Delegation;
import org.protocolplanner.delegation.DelegationRepository;
import org.protocolplanner.engagement.Engagement;
import org.protocolplanner.engagement.EngagementRepository;
import org.protocolplanner.security.CurrentUser;
import org.protocolplanner.shared.web.ConflictException;
import org.protocolplanner.shared.web.InvalidRequestException;
import org.protocolplanner.shared.web.Message;
import org.protocolplanner.shared.web.NotFoundException;
import org.protocolplanner.venue.CatalogueNamesakes;
import org.protocolplanner.venue.CatalogueNamesakes.ImportedVenue;
import org.protocolplanner.venue.CatalogueNamesakes.SpaceMatch;
import org.protocolplanner.venue.CatalogueNamesakes.VenueMatch;
import org.protocolplanner.venue.VenueService;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A plan's own venues (brought by its import, not in the catalogue) and the catalogue venues of their names
 * (decision 0111). Accepting a match makes the plan use the catalogue venue: the plan's venue list, its
 * engagements' places, pins, published places, preferred and excluded spaces, its closures and its delegations'
 * hotels move from the own venue's spaces to the catalogue venue's spaces of the same names; the own venue is
 * then deleted once no plan uses it and no booking refers to it.
 */
@Service
public class VenueMatches {

    /**
     * What an accepted match changed.
     *
     * @param spaces              the plan's own spaces and the catalogue spaces that took their place
     * @param importedVenueDeleted whether the own venue is gone (no other plan used it, no booking referred to it)
     */
    public record Accepted(
            String venueId, String catalogueVenueId, Map<String, String> spaces, boolean importedVenueDeleted) {}

    private final PlanService plans;
    private final PlanRepository planRepository;
    private final EngagementRepository engagements;
    private final DelegationRepository delegations;
    private final PlanClosureRepository closures;
    private final CatalogueNamesakes namesakes;
    private final VenueService venues;
    private final ConfirmedBookings bookings;
    private final AuditLog audit;
    private final JdbcTemplate jdbc;

    VenueMatches(
            PlanService plans,
            PlanRepository planRepository,
            EngagementRepository engagements,
            DelegationRepository delegations,
            PlanClosureRepository closures,
            CatalogueNamesakes namesakes,
            VenueService venues,
            ConfirmedBookings bookings,
            AuditLog audit,
            JdbcTemplate jdbc) {
        this.plans = plans;
        this.planRepository = planRepository;
        this.engagements = engagements;
        this.delegations = delegations;
        this.closures = closures;
        this.namesakes = namesakes;
        this.venues = venues;
        this.bookings = bookings;
        this.audit = audit;
        this.jdbc = jdbc;
    }

    /** The plan's own venues, in the plan's order, each with the catalogue venues of its name. */
    @Transactional(readOnly = true)
    public List<ImportedVenue> of(long planId) {
        PlanPolicy.checkCanRead(CurrentUser.get());
        return namesakes.importedAmong(List.copyOf(plans.load(planId).getVenueIds()));
    }

    /**
     * The plan uses the catalogue venue instead of its own one. Refused with 409 where a space the plan uses has
     * no space of the same name in the catalogue venue, and while a confirmed booking holds one of the own
     * venue's spaces (the venue's manager agreed to that place).
     */
    @Transactional
    public Accepted accept(long planId, String venueId, String catalogueVenueId) {
        Plan plan = plans.load(planId);
        PlanPolicy.checkCanEdit(CurrentUser.get(), plan);
        if (!plan.getVenueIds().contains(venueId)) {
            throw new NotFoundException("venue", venueId);
        }
        ImportedVenue own = namesakes.importedAmong(List.of(venueId)).stream()
                .findFirst()
                .orElseThrow(() -> new ConflictException(Message.of("conflict.venue-in-catalogue", venueId)));
        if (catalogueVenueId == null || catalogueVenueId.isBlank()) {
            throw new InvalidRequestException("catalogueVenueId", Message.of("input.required"));
        }
        VenueMatch match = own.matches().stream()
                .filter(m -> m.catalogueVenueId().equals(catalogueVenueId))
                .findFirst()
                .orElseThrow(() -> new InvalidRequestException(
                        "catalogueVenueId", Message.of("input.no-namesake", catalogueVenueId, venueId)));
        Map<String, String> spaces = new LinkedHashMap<>();
        match.spaces().stream()
                .filter(space -> space.catalogueSpaceId() != null)
                .forEach(space -> spaces.put(space.spaceId(), space.catalogueSpaceId()));
        checkUsedSpacesHaveNamesakes(plan, match, spaces);
        if (!bookings.confirmedIn(
                        match.spaces().stream().map(SpaceMatch::spaceId).toList())
                .isEmpty()) {
            throw new ConflictException(Message.of("conflict.match-confirmed", venueId));
        }
        List<String> venueIds = new ArrayList<>();
        for (String id : plan.getVenueIds()) {
            String kept = id.equals(venueId) ? catalogueVenueId : id;
            if (!venueIds.contains(kept)) {
                venueIds.add(kept);
            }
        }
        plan.setVenueIds(venueIds);
        plan.markRevised();
        planRepository.saveAndFlush(plan);
        UnaryOperator<String> moved = space -> space == null ? null : spaces.getOrDefault(space, space);
        moveEngagements(planId, moved);
        closures.findByPlanIdOrderByPosition(planId)
                .forEach(closure -> closure.moveTo(moved.apply(closure.getSpaceId())));
        for (Delegation delegation : delegations.findByPlanIdOrderByPosition(planId)) {
            if (venueId.equals(delegation.getHotelVenueId())) {
                delegation.setHotelVenueId(catalogueVenueId);
            }
        }
        engagements.flush();
        closures.flush();
        delegations.flush();
        boolean deleted = !usedByAnyPlan(venueId) && venues.dropImported(venueId);
        Accepted accepted = new Accepted(venueId, catalogueVenueId, spaces, deleted);
        audit.record(AuditedEntity.PLAN, planId, "accept venue match", null, accepted);
        return accepted;
    }

    /** Every space of the own venue that the plan refers to needs a catalogue space of the same name. */
    private void checkUsedSpacesHaveNamesakes(Plan plan, VenueMatch match, Map<String, String> spaces) {
        Set<String> used = new LinkedHashSet<>();
        for (Engagement engagement : engagements.findByPlanIdOrderByPosition(plan.getId())) {
            used.add(engagement.getAssignedSpaceId());
            used.add(engagement.getPinnedSpaceId());
            used.add(engagement.getPublishedSpaceId());
            used.addAll(engagement.getPreferredSpaces());
            used.addAll(engagement.getExcludedSpaces());
        }
        closures.findByPlanIdOrderByPosition(plan.getId()).forEach(closure -> used.add(closure.getSpaceId()));
        Set<String> unmatched = new TreeSet<>();
        match.spaces().stream()
                .filter(space -> used.contains(space.spaceId()) && !spaces.containsKey(space.spaceId()))
                .forEach(space -> unmatched.add(space.name() + " (" + space.spaceId() + ")"));
        if (!unmatched.isEmpty()) {
            throw new ConflictException(Message.of(
                    "conflict.match-unmatched-spaces", match.catalogueVenueId(), String.join(", ", unmatched)));
        }
    }

    private void moveEngagements(long planId, UnaryOperator<String> moved) {
        for (Engagement engagement : engagements.findByPlanIdOrderByPosition(planId)) {
            engagement.setPreferredSpaces(distinct(engagement.getPreferredSpaces(), moved));
            engagement.setExcludedSpaces(distinct(engagement.getExcludedSpaces(), moved));
            // A space both preferred and excluded is malformed: two own spaces may share one catalogue space.
            engagement.setPreferredSpaces(engagement.getPreferredSpaces().stream()
                    .filter(space -> !engagement.getExcludedSpaces().contains(space))
                    .toList());
            if (engagement.getPublishedSpaceId() != null) {
                engagement.setPublished(moved.apply(engagement.getPublishedSpaceId()), engagement.getPublishedStart());
            }
            // Pinning moves the assignment to the pin: the assignment is taken first.
            String assigned = moved.apply(engagement.getAssignedSpaceId());
            LocalDateTime start = engagement.getAssignedStart();
            if (engagement.isPinned()) {
                engagement.pin(moved.apply(engagement.getPinnedSpaceId()), engagement.getPinnedStart());
            }
            engagement.assign(assigned, start);
        }
    }

    private boolean usedByAnyPlan(String venueId) {
        return Boolean.TRUE.equals(jdbc.queryForObject(
                "select exists (select 1 from plan_venue where venue_id = ?)", Boolean.class, venueId));
    }

    private static List<String> distinct(List<String> spaceIds, UnaryOperator<String> moved) {
        return List.copyOf(new LinkedHashSet<>(spaceIds.stream().map(moved).toList()));
    }
}
