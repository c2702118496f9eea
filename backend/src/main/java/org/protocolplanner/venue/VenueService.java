package org.protocolplanner.venue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.protocolplanner.audit.AuditLog;
import org.protocolplanner.audit.AuditedEntity;
import org.protocolplanner.security.CurrentUser;
import org.protocolplanner.security.PlannerUser;
import org.protocolplanner.shared.database.ExclusionViolations;
import org.protocolplanner.shared.web.ConflictException;
import org.protocolplanner.shared.web.InputError;
import org.protocolplanner.shared.web.InvalidRequestException;
import org.protocolplanner.shared.web.NotFoundException;
import org.protocolplanner.shared.web.StaleVersionException;
import org.protocolplanner.venue.VenueRequests.BlackoutRequest;
import org.protocolplanner.venue.VenueRequests.SpaceRequest;
import org.protocolplanner.venue.VenueRequests.VenueRequest;
import org.protocolplanner.venue.VenueResponses.SpaceDetail;
import org.protocolplanner.venue.VenueResponses.VenueDetail;
import org.protocolplanner.venue.VenueResponses.VenueSummary;
import org.springframework.dao.DataAccessException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.JsonNode;

/**
 * The catalogue: everyone signed in reads it; administrators and officers create, edit and delete
 * venues; venue managers edit the spaces of their own venues, and another venue answers them 404.
 */
@Service
public class VenueService {

    private final VenueRepository venues;
    private final SpaceRepository spaces;
    private final VenueSearch search;
    private final SpaceBookings bookings;
    private final CatalogueNamesakes namesakes;
    private final AuditLog audit;

    VenueService(
            VenueRepository venues,
            SpaceRepository spaces,
            VenueSearch search,
            SpaceBookings bookings,
            CatalogueNamesakes namesakes,
            AuditLog audit) {
        this.namesakes = namesakes;
        this.venues = venues;
        this.spaces = spaces;
        this.search = search;
        this.bookings = bookings;
        this.audit = audit;
    }

    @Transactional(readOnly = true)
    public Page<VenueSummary> search(VenueSearch.Criteria criteria, Pageable pageable) {
        PlannerUser user = CurrentUser.get();
        Page<String> ids = search.ids(criteria, pageable);
        Map<String, Venue> byId = new LinkedHashMap<>();
        venues.findAllById(ids.getContent()).forEach(venue -> byId.put(venue.getId(), venue));
        List<VenueSummary> rows = ids.getContent().stream()
                .map(byId::get)
                .map(venue -> VenueSummary.of(venue, VenuePolicy.allowedActions(user, venue)))
                .toList();
        return new PageImpl<>(rows, pageable, ids.getTotalElements());
    }

    @Transactional(readOnly = true)
    public VenueDetail get(String id) {
        return detail(load(id));
    }

    @Transactional
    public VenueDetail create(VenueRequest request) {
        VenuePolicy.checkCanCreate(CurrentUser.get());
        if (request.id() == null) {
            throw new InvalidRequestException("id", "is required for a new venue");
        }
        if (venues.existsById(request.id())) {
            throw new ConflictException("A venue with id '" + request.id() + "' already exists.");
        }
        Venue venue = new Venue(request.id(), request.nameEn());
        apply(venue, request);
        VenueDetail created = detail(venues.saveAndFlush(venue));
        audit.record(AuditedEntity.VENUE, venue.getId(), "create", null, created);
        return created;
    }

    @Transactional
    public VenueDetail update(String id, VenueRequest request) {
        VenuePolicy.checkCanEdit(CurrentUser.get(), id);
        Venue venue = load(id);
        checkVersion("venue", id, request.version(), venue.getVersion());
        if (request.id() != null && !request.id().equals(id)) {
            throw new InvalidRequestException("id", "cannot change");
        }
        JsonNode before = audit.snapshot(detail(venue));
        apply(venue, request);
        VenueDetail after = detail(venues.saveAndFlush(venue));
        audit.record(AuditedEntity.VENUE, id, "update", before, after);
        return after;
    }

    @Transactional
    public void delete(String id) {
        VenuePolicy.checkCanDelete(CurrentUser.get(), id);
        Venue venue = load(id);
        int booked =
                bookings.countFor(venue.getSpaces().stream().map(Space::getId).toList());
        if (booked > 0) {
            throw new ConflictException(
                    "The venue '" + id + "' cannot be deleted: " + booked + " booking(s) refer to it.");
        }
        JsonNode before = audit.snapshot(detail(venue));
        venues.delete(venue);
        venues.flush();
        audit.record(AuditedEntity.VENUE, id, "delete", before, null);
    }

    /**
     * Makes a plan's own venue one of the catalogue's; a venue already there is answered as it is. Refused (409)
     * while the catalogue has a venue of the same name: the plan should use that one (decision 0111).
     */
    @Transactional
    public VenueDetail addToCatalogue(String id) {
        VenuePolicy.checkCanAddToCatalogue(CurrentUser.get(), id);
        Venue venue = load(id);
        if (!venue.isImported()) {
            return detail(venue);
        }
        List<String> sameName = namesakes.catalogueVenuesNamed(venue);
        if (!sameName.isEmpty()) {
            throw new ConflictException("The catalogue already has a venue of this name (" + String.join(", ", sameName)
                    + "): accept it as the match in the plan instead, or rename this venue first.");
        }
        JsonNode before = audit.snapshot(detail(venue));
        venue.addToCatalogue();
        VenueDetail after = detail(venues.saveAndFlush(venue));
        audit.record(AuditedEntity.VENUE, id, "add to catalogue", before, after);
        return after;
    }

    /**
     * Deletes a plan's own venue that no plan uses any more (its plan took a catalogue venue of the same name in
     * its place), unless a booking still refers to one of its spaces; the caller checked who may change the
     * plan. Answers whether it was deleted.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public boolean dropImported(String id) {
        Venue venue = venues.findById(id).orElse(null);
        if (venue == null
                || !venue.isImported()
                || bookings.countFor(
                                venue.getSpaces().stream().map(Space::getId).toList())
                        > 0) {
            return false;
        }
        JsonNode before = audit.snapshot(detail(venue));
        venues.delete(venue);
        venues.flush();
        audit.record(AuditedEntity.VENUE, id, "delete", before, null);
        return true;
    }

    @Transactional
    public VenueDetail addSpace(String venueId, SpaceRequest request) {
        VenuePolicy.checkCanEditSpaces(CurrentUser.get(), venueId);
        Venue venue = load(venueId);
        if (request.id() == null) {
            throw new InvalidRequestException("id", "is required for a new space");
        }
        if (spaces.existsById(request.id())) {
            throw new ConflictException("A space with id '" + request.id() + "' already exists.");
        }
        Space space = venue.addSpace(request.id(), request.nameEn());
        applySpace(venue, space, request);
        VenueDetail after = detail(saveParts(venue, space));
        audit.record(AuditedEntity.SPACE, space.getId(), "create", null, SpaceDetail.of(space));
        return after;
    }

    @Transactional
    public VenueDetail updateSpace(String venueId, String spaceId, SpaceRequest request) {
        VenuePolicy.checkCanEditSpaces(CurrentUser.get(), venueId);
        Venue venue = load(venueId);
        Space space = space(venue, spaceId);
        checkVersion("space", spaceId, request.version(), space.getVersion());
        if (request.id() != null && !request.id().equals(spaceId)) {
            throw new InvalidRequestException("id", "cannot change");
        }
        JsonNode before = audit.snapshot(SpaceDetail.of(space));
        applySpace(venue, space, request);
        VenueDetail after = detail(saveParts(venue, space));
        audit.record(AuditedEntity.SPACE, spaceId, "update", before, SpaceDetail.of(space));
        return after;
    }

    @Transactional
    public VenueDetail deleteSpace(String venueId, String spaceId) {
        VenuePolicy.checkCanEditSpaces(CurrentUser.get(), venueId);
        Venue venue = load(venueId);
        Space space = space(venue, spaceId);
        JsonNode before = audit.snapshot(SpaceDetail.of(space));
        // A hall made of this space is no longer made of it; written first, so that deleting the space
        // finds no part row left to cascade to behind the session's back.
        boolean wasPart = false;
        for (Space whole : venue.getSpaces()) {
            wasPart |= whole.removePart(spaceId);
        }
        if (wasPart) {
            venues.flush();
        }
        venue.removeSpace(space);
        VenueDetail after = detail(venues.saveAndFlush(venue));
        audit.record(AuditedEntity.SPACE, spaceId, "delete", before, null);
        return after;
    }

    private Venue load(String id) {
        return venues.findById(id).orElseThrow(() -> new NotFoundException("venue", id));
    }

    /** The venue as the API shows it to the signed-in user, with what they may do with it. */
    private static VenueDetail detail(Venue venue) {
        return VenueDetail.of(venue, VenuePolicy.allowedActions(CurrentUser.get(), venue));
    }

    private static Space space(Venue venue, String spaceId) {
        return venue.getSpaces().stream()
                .filter(s -> s.getId().equals(spaceId))
                .findFirst()
                .orElseThrow(() -> new NotFoundException("space", spaceId));
    }

    private static void checkVersion(String what, String id, Long version, long current) {
        if (version == null) {
            throw new InvalidRequestException("version", "is required to change an existing " + what);
        }
        if (version != current) {
            throw new StaleVersionException(what, id, current);
        }
    }

    private static void apply(Venue venue, VenueRequest request) {
        if ((request.lat() == null) != (request.lon() == null)) {
            throw new InvalidRequestException(
                    request.lat() == null ? "lat" : "lon", "give both coordinates or neither");
        }
        venue.setNameEn(request.nameEn());
        venue.setNameZh(request.nameZh());
        venue.setVenueType(request.type());
        venue.setDistrict(request.district());
        venue.setCoordinates(request.lat(), request.lon());
        if (request.securityGrade() != null && request.securityGrade() != venue.getSecurityGrade()) {
            venue.setSecurityGrade(request.securityGrade());
            venue.setGradingIsDemoAssumption(false);
        }
        if (request.prestige() != null && request.prestige() != venue.getPrestige()) {
            venue.setPrestige(request.prestige());
            venue.setGradingIsDemoAssumption(false);
        }
    }

    /**
     * Saves a space whose parts may have changed. Dividing a hall changes the floor its confirmed bookings
     * hold, and the database refuses it when two of them would then overlap on shared floor (decision 0134).
     */
    private Venue saveParts(Venue venue, Space space) {
        try {
            return venues.saveAndFlush(venue);
        } catch (DataAccessException e) {
            if (ExclusionViolations.isExclusionViolation(e)) {
                throw new ConflictException("The parts of '" + space.getId() + "' cannot change so: two confirmed"
                        + " bookings would then overlap on shared floor. Cancel one of them first.");
            }
            throw e;
        }
    }

    private static void applySpace(Venue venue, Space space, SpaceRequest request) {
        List<InputError> errors = new ArrayList<>();
        List<String> parts = SpaceParts.check(venue, space, request.parts(), errors);
        OpeningHoursInput hours = new OpeningHoursInput(errors);
        List<SpaceOpeningWindow> open = hours.weekly(request.open() == null ? List.of() : request.open());
        List<OpeningException> exceptions =
                hours.exceptions(request.exceptions() == null ? List.of() : request.exceptions());
        List<Blackout> blackouts = new ArrayList<>();
        List<BlackoutRequest> periods = request.blackouts() == null ? List.of() : request.blackouts();
        for (int i = 0; i < periods.size(); i++) {
            BlackoutRequest b = periods.get(i);
            if (!b.end().isAfter(b.start())) {
                errors.add(new InputError("blackouts[" + i + "].end", "must be after 'start'"));
            } else {
                blackouts.add(new Blackout(b.start(), b.end(), b.reason()));
            }
        }
        List<org.protocolplanner.shared.protocol.Feature> features =
                request.features() == null ? List.of() : request.features();
        Set<org.protocolplanner.shared.protocol.Feature> seen = new HashSet<>();
        for (int i = 0; i < features.size(); i++) {
            if (!seen.add(features.get(i))) {
                errors.add(new InputError("features[" + i + "]", "is listed twice"));
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidRequestException(errors);
        }
        space.setNameEn(request.nameEn());
        space.setNameZh(request.nameZh());
        space.setCapacity(request.capacity() == null ? Map.of() : request.capacity());
        space.setFeatures(features);
        space.setTurnoverMinutes(request.turnoverMinutes() == null ? 0 : request.turnoverMinutes());
        space.setOpeningHours(open);
        space.setOpeningExceptions(exceptions);
        space.setBlackouts(blackouts);
        space.setParts(parts);
    }
}
