package org.protocolplanner.plan;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.protocolplanner.delegation.Delegation;
import org.protocolplanner.delegation.DelegationRepository;
import org.protocolplanner.engagement.Engagement;
import org.protocolplanner.engagement.EngagementRepository;
import org.protocolplanner.exchange.ClosureDoc;
import org.protocolplanner.exchange.DelegationDoc;
import org.protocolplanner.exchange.EventDoc;
import org.protocolplanner.exchange.Horizon;
import org.protocolplanner.exchange.Placement;
import org.protocolplanner.exchange.PlanDocument;
import org.protocolplanner.exchange.TravelModel;
import org.protocolplanner.exchange.VenueDoc;
import org.protocolplanner.shared.web.NotFoundException;
import org.protocolplanner.venue.Venue;
import org.protocolplanner.venue.VenueDocuments;
import org.protocolplanner.venue.VenueRepository;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writes a plan as the problem document the solver solves: the venues it may use with their current
 * catalogue data, every field with its effective value, its own closures and the derived ones.
 */
@Service
public class PlanExporter {

    private final PlanRepository plans;
    private final PlanClosureRepository closures;
    private final DelegationRepository delegations;
    private final EngagementRepository engagements;
    private final VenueRepository venues;
    private final DerivedClosures derivedClosures;

    PlanExporter(
            PlanRepository plans,
            PlanClosureRepository closures,
            DelegationRepository delegations,
            EngagementRepository engagements,
            VenueRepository venues,
            DerivedClosures derivedClosures) {
        this.plans = plans;
        this.closures = closures;
        this.delegations = delegations;
        this.engagements = engagements;
        this.venues = venues;
        this.derivedClosures = derivedClosures;
    }

    @Transactional(readOnly = true)
    public PlanDocument export(long planId) {
        Plan plan = plans.findById(planId).orElseThrow(() -> new NotFoundException("plan", planId));
        return toDocument(plan);
    }

    public PlanDocument toDocument(Plan plan) {
        Map<String, Venue> byId = new LinkedHashMap<>();
        venues.findAllById(plan.getVenueIds()).forEach(venue -> byId.put(venue.getId(), venue));
        List<VenueDoc> venueDocs = plan.getVenueIds().stream()
                .map(byId::get)
                .filter(venue -> venue != null && venue.getLat() != null && venue.getLon() != null)
                .map(VenueDocuments::toDocument)
                .toList();
        List<DelegationDoc> delegationDocs = delegations.findByPlanIdOrderByPosition(plan.getId()).stream()
                .map(PlanExporter::toDocument)
                .toList();
        List<EventDoc> eventDocs = engagements.findByPlanIdOrderByPosition(plan.getId()).stream()
                .map(PlanExporter::toDocument)
                .toList();
        List<ClosureDoc> closureDocs = new ArrayList<>();
        closures.findByPlanIdOrderByPosition(plan.getId())
                .forEach(closure -> closureDocs.add(new ClosureDoc(
                        closure.getSpaceId(), closure.getStart(), closure.getEnd(), closure.getReason(), false)));
        closureDocs.addAll(derivedClosures.of(plan));
        Map<String, Integer> weights = new LinkedHashMap<>();
        plan.getWeights().forEach(weight -> weights.put(weight.constraintId(), weight.weight()));
        return new PlanDocument(
                plan.getName(),
                plan.getTimeZone(),
                new Horizon(plan.getHorizonStart(), plan.getHorizonEnd(), plan.getGrainMinutes()),
                new TravelModel(plan.getTravelSpeedKmh(), plan.getTravelRoadFactor(), plan.getTravelFixedMinutes()),
                venueDocs,
                delegationDocs,
                eventDocs,
                closureDocs,
                weights);
    }

    public static DelegationDoc toDocument(Delegation delegation) {
        return new DelegationDoc(
                delegation.getRef(),
                delegation.getCountry(),
                delegation.getName(),
                delegation.getHeadRank(),
                delegation.getSize(),
                delegation.getArrival(),
                delegation.getDeparture(),
                delegation.getHotelVenueId(),
                delegation.getSeparateFrom());
    }

    public static EventDoc toDocument(Engagement engagement) {
        Placement pinned = engagement.isPinned()
                ? new Placement(engagement.getPinnedSpaceId(), engagement.getPinnedStart())
                : null;
        Placement published = engagement.getPublishedSpaceId() != null
                ? new Placement(engagement.getPublishedSpaceId(), engagement.getPublishedStart())
                : null;
        return new EventDoc(
                engagement.getRef(),
                engagement.getTitle(),
                engagement.getType(),
                engagement.getDelegations(),
                engagement.getHeadcount(),
                engagement.getLayout(),
                engagement.getDurationMinutes(),
                engagement.getRequiredFeatures(),
                engagement.getMinSecurityGrade(),
                engagement.getEarliestStart(),
                engagement.getLatestEnd(),
                engagement.getPreferredSpaces(),
                engagement.getExcludedSpaces(),
                engagement.getPriority(),
                engagement.getAfterEvents(),
                pinned,
                published,
                engagement.isConfidential());
    }
}
