package org.protocolplanner.plan;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.protocolplanner.audit.AuditLog;
import org.protocolplanner.audit.AuditedEntity;
import org.protocolplanner.delegation.Delegation;
import org.protocolplanner.delegation.DelegationRepository;
import org.protocolplanner.engagement.Engagement;
import org.protocolplanner.engagement.EngagementRepository;
import org.protocolplanner.exchange.ClosureDoc;
import org.protocolplanner.exchange.DelegationDoc;
import org.protocolplanner.exchange.EventDoc;
import org.protocolplanner.exchange.Horizon;
import org.protocolplanner.exchange.PlanDocument;
import org.protocolplanner.exchange.SpaceDoc;
import org.protocolplanner.exchange.VenueDoc;
import org.protocolplanner.shared.web.InvalidRequestException;
import org.protocolplanner.shared.web.Message;
import org.protocolplanner.venue.CatalogueDifference;
import org.protocolplanner.venue.CatalogueNamesakes;
import org.protocolplanner.venue.CatalogueNamesakes.ImportedVenue;
import org.protocolplanner.venue.Space;
import org.protocolplanner.venue.SpaceRepository;
import org.protocolplanner.venue.Venue;
import org.protocolplanner.venue.VenueDocuments;
import org.protocolplanner.venue.VenueQueries;
import org.protocolplanner.venue.VenueRepository;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Turns a well-formed problem document into a live plan, all or nothing: its venues are linked to
 * catalogue venues of the same id (the catalogue's data wins, and the differences are reported),
 * venues the catalogue lacks are kept as the new plan's own, apart from the shared catalogue, each
 * with the catalogue venues of the same name it may stand for (decision 0111), and derived closures
 * are dropped.
 */
@Service
public class PlanImporter {

    /** The advisory lock of imports that add to the catalogue: any fixed number no other lock uses. */
    private static final long CATALOGUE_ADDITIONS_LOCK = 0x506c616e496d706fL;

    private final PlanRepository plans;
    private final PlanClosureRepository closures;
    private final DelegationRepository delegations;
    private final EngagementRepository engagements;
    private final VenueRepository venues;
    private final SpaceRepository spaces;
    private final VenueQueries catalogue;
    private final CatalogueNamesakes namesakes;
    private final AuditLog audit;
    private final JdbcTemplate jdbc;

    PlanImporter(
            PlanRepository plans,
            PlanClosureRepository closures,
            DelegationRepository delegations,
            EngagementRepository engagements,
            VenueRepository venues,
            SpaceRepository spaces,
            VenueQueries catalogue,
            CatalogueNamesakes namesakes,
            AuditLog audit,
            JdbcTemplate jdbc) {
        this.namesakes = namesakes;
        this.audit = audit;
        this.jdbc = jdbc;
        this.catalogue = catalogue;
        this.plans = plans;
        this.closures = closures;
        this.delegations = delegations;
        this.engagements = engagements;
        this.venues = venues;
        this.spaces = spaces;
    }

    /**
     * @param importedVenues the venues the catalogue lacked, now the plan's own, each with the catalogue venues
     *                       of its name the officer may accept in its place
     */
    public record ImportResult(Plan plan, List<CatalogueDifference> differences, List<ImportedVenue> importedVenues) {}

    /**
     * Audited as one row for the new plan that counts its content and names the venues it brought and the
     * spaces it added to catalogue venues: the content is the imported document itself, which the plan's export
     * gives back.
     */
    @Transactional
    public ImportResult importLivePlan(PlanDocument document, String importedBy) {
        CatalogueAdditions additions = new CatalogueAdditions(new ArrayList<>(), new ArrayList<>(), new ArrayList<>());
        List<CatalogueDifference> differences = linkVenues(document.venues(), document.horizon(), additions);
        Plan plan = new Plan(
                document.name(), document.horizon().start(), document.horizon().end());
        plan.setTimeZone(document.timeZone());
        plan.setHorizon(
                document.horizon().start(),
                document.horizon().end(),
                document.horizon().grainMinutes());
        plan.setTravel(
                document.travel().speedKmh(),
                document.travel().roadFactor(),
                document.travel().fixedMinutes());
        plan.setVenueIds(document.venues().stream().map(VenueDoc::id).toList());
        List<PlanWeight> weights = new ArrayList<>();
        document.constraintWeights().forEach((id, weight) -> weights.add(new PlanWeight(id, weight)));
        plan.setWeights(weights);
        plan.setCreatedBy(importedBy);
        plans.save(plan);
        // Stored once the plan has its id, before anything of the plan refers to them.
        additions.newVenues().forEach(venue -> venue.keepAsImportedWith(plan.getId(), plan.getName()));
        venues.saveAll(additions.newVenues());
        saveContent(plan, document);
        Map<String, Object> imported = new LinkedHashMap<>();
        imported.put("name", plan.getName());
        imported.put("delegations", document.delegations().size());
        imported.put("engagements", document.events().size());
        imported.put(
                "closures",
                document.closures().stream()
                        .filter(closure -> !closure.derived())
                        .count());
        imported.put("venuesImportedWithPlan", additions.venues());
        imported.put("spacesAddedToCatalogue", additions.spaces());
        audit.recordAs(importedBy, AuditedEntity.PLAN, plan.getId(), "import", null, imported);
        venues.flush();
        return new ImportResult(plan, differences, namesakes.importedAmong(additions.venues()));
    }

    /** What an import adds: venues of its own (by id, and to be stored), spaces of catalogue venues (by id). */
    private record CatalogueAdditions(List<String> venues, List<String> spaces, List<Venue> newVenues) {}

    /** Stores a document's delegations, engagements and own closures into an existing, empty plan. */
    void saveContent(Plan plan, PlanDocument document) {
        int position = 0;
        List<Delegation> newDelegations = new ArrayList<>();
        for (DelegationDoc doc : document.delegations()) {
            newDelegations.add(Delegation.from(plan.getId(), position++, doc));
        }
        delegations.saveAll(newDelegations);
        position = 0;
        List<Engagement> newEngagements = new ArrayList<>();
        for (EventDoc doc : document.events()) {
            newEngagements.add(Engagement.from(plan.getId(), position++, doc));
        }
        engagements.saveAll(newEngagements);
        position = 0;
        List<PlanClosure> newClosures = new ArrayList<>();
        for (ClosureDoc closure : document.closures()) {
            if (!closure.derived()) {
                newClosures.add(new PlanClosure(
                        plan.getId(), position++, closure.spaceId(), closure.start(), closure.end(), closure.reason()));
            }
        }
        closures.saveAll(newClosures);
    }

    private List<CatalogueDifference> linkVenues(
            List<VenueDoc> documentVenues, Horizon horizon, CatalogueAdditions additions) {
        waitForOtherAdditions(documentVenues);
        Map<String, Venue> known = new HashMap<>();
        venues.findAllById(documentVenues.stream().map(VenueDoc::id).toList())
                .forEach(venue -> known.put(venue.getId(), venue));
        Map<String, String> venueOfKnownSpace = new HashMap<>();
        spaces.findAllById(documentVenues.stream()
                        .flatMap(v -> v.spaces().stream())
                        .map(SpaceDoc::id)
                        .toList())
                .forEach(space ->
                        venueOfKnownSpace.put(space.getId(), space.getVenue().getId()));
        List<CatalogueDifference> differences = new ArrayList<>();
        for (int i = 0; i < documentVenues.size(); i++) {
            VenueDoc doc = documentVenues.get(i);
            String path = "venues[" + i + "]";
            checkSpaceIdsAreFree(path, doc, venueOfKnownSpace);
            Venue catalogueVenue = known.get(doc.id());
            if (catalogueVenue == null) {
                additions.newVenues().add(VenueDocuments.fromDocument(doc));
                additions.venues().add(doc.id());
            } else {
                differences.addAll(VenueDocuments.differences(
                        path, doc, VenueDocuments.toComparableDocument(catalogueVenue, horizon)));
                additions.spaces().addAll(addMissingSpaces(path, doc, catalogueVenue));
            }
        }
        return differences;
    }

    /**
     * An import that adds venues or spaces to the catalogue first waits for every other such import to
     * commit (a lock held to the end of its transaction), and only then reads the catalogue: two concurrent
     * imports of one new venue then add it once and link it once, instead of the second failing on the
     * first's row. Imports that add nothing take no lock and run side by side.
     */
    private void waitForOtherAdditions(List<VenueDoc> documentVenues) {
        List<String> venueIds = documentVenues.stream().map(VenueDoc::id).toList();
        List<String> spaceIds = documentVenues.stream()
                .flatMap(v -> v.spaces().stream())
                .map(SpaceDoc::id)
                .toList();
        if (catalogue.countKnown(venueIds, spaceIds) < venueIds.size() + spaceIds.size()) {
            jdbc.queryForList("select pg_advisory_xact_lock(?)", CATALOGUE_ADDITIONS_LOCK);
        }
    }

    /** A space id is global in the catalogue: a document may not give another venue's space to its own. */
    private static void checkSpaceIdsAreFree(String path, VenueDoc doc, Map<String, String> venueOfKnownSpace) {
        for (int j = 0; j < doc.spaces().size(); j++) {
            String spaceId = doc.spaces().get(j).id();
            String owner = venueOfKnownSpace.get(spaceId);
            if (owner != null && !owner.equals(doc.id())) {
                throw new InvalidRequestException(
                        path + ".spaces[" + j + "].id", Message.of("input.space-id-taken", spaceId, owner));
            }
        }
    }

    /**
     * Adds the document's spaces the catalogue venue lacks. The catalogue's spaces keep their own parts,
     * so a new space may not be made of one that has parts there: the catalogue would then hold a part
     * with parts, which no plan document may.
     */
    private static List<String> addMissingSpaces(String path, VenueDoc doc, Venue venue) {
        List<String> added = new ArrayList<>();
        for (int j = 0; j < doc.spaces().size(); j++) {
            SpaceDoc space = doc.spaces().get(j);
            if (catalogueSpace(venue, space.id()) != null) {
                continue;
            }
            for (int k = 0; k < space.parts().size(); k++) {
                String partId = space.parts().get(k);
                Space part = catalogueSpace(venue, partId);
                if (part != null && !part.getParts().isEmpty()) {
                    throw new InvalidRequestException(
                            path + ".spaces[" + j + "].parts[" + k + "]",
                            Message.of("input.catalogue-part-has-parts", partId, venue.getId()));
                }
            }
            VenueDocuments.addSpace(venue, space);
            added.add(space.id());
        }
        return added;
    }

    private static Space catalogueSpace(Venue venue, String spaceId) {
        return venue.getSpaces().stream()
                .filter(s -> s.getId().equals(spaceId))
                .findFirst()
                .orElse(null);
    }
}
