package org.protocolplanner.venue;

import io.swagger.v3.oas.annotations.Parameter;
import jakarta.validation.Valid;
import java.net.URI;
import java.util.List;
import org.protocolplanner.shared.protocol.Feature;
import org.protocolplanner.shared.protocol.Layout;
import org.protocolplanner.shared.protocol.SecurityGrade;
import org.protocolplanner.shared.web.PageResponse;
import org.protocolplanner.venue.VenueRequests.SpaceRequest;
import org.protocolplanner.venue.VenueRequests.VenueRequest;
import org.protocolplanner.venue.VenueResponses.AreaResponse;
import org.protocolplanner.venue.VenueResponses.VenueDetail;
import org.protocolplanner.venue.VenueResponses.VenueSummary;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.web.PageableDefault;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
class VenueController {

    private final VenueService venues;
    private final AreaRepository areas;

    VenueController(VenueService venues, AreaRepository areas) {
        this.venues = venues;
        this.areas = areas;
    }

    @GetMapping("/api/venues")
    PageResponse<VenueSummary> search(
            @RequestParam(required = false) String q,
            @RequestParam(required = false) String type,
            @RequestParam(required = false) String district,
            @RequestParam(required = false) SecurityGrade grade,
            @RequestParam(required = false) Layout layout,
            @RequestParam(required = false) Integer capacity,
            @RequestParam(required = false) Feature feature,
            @RequestParam(required = false) Boolean incomplete,
            @RequestParam(required = false) Boolean synthetic,
            @Parameter(
                            description =
                                    "CATALOGUE (the default): the shared catalogue; IMPORTED: venues imported plans"
                                            + " brought that are still those plans' own; ALL: both")
                    @RequestParam(required = false)
                    VenueSearch.Scope scope,
            @PageableDefault(size = 50) Pageable pageable) {
        return PageResponse.of(venues.search(
                new VenueSearch.Criteria(
                        q, type, district, grade, layout, capacity, feature, incomplete, synthetic, scope),
                pageable));
    }

    @GetMapping("/api/venues/{venueId}")
    VenueDetail get(@PathVariable String venueId) {
        return venues.get(venueId);
    }

    @PostMapping("/api/venues")
    ResponseEntity<VenueDetail> create(@Valid @RequestBody VenueRequest request) {
        VenueDetail created = venues.create(request);
        return ResponseEntity.created(URI.create("/api/venues/" + created.id())).body(created);
    }

    @PutMapping("/api/venues/{venueId}")
    VenueDetail update(@PathVariable String venueId, @Valid @RequestBody VenueRequest request) {
        return venues.update(venueId, request);
    }

    @DeleteMapping("/api/venues/{venueId}")
    ResponseEntity<Void> delete(@PathVariable String venueId) {
        venues.delete(venueId);
        return ResponseEntity.noContent().build();
    }

    /** A plan's own venue joins the shared catalogue (decision 0111); whoever edits the catalogue may. */
    @PostMapping("/api/venues/{venueId}/add-to-catalogue")
    VenueDetail addToCatalogue(@PathVariable String venueId) {
        return venues.addToCatalogue(venueId);
    }

    @PostMapping("/api/venues/{venueId}/spaces")
    ResponseEntity<VenueDetail> addSpace(@PathVariable String venueId, @Valid @RequestBody SpaceRequest request) {
        VenueDetail venue = venues.addSpace(venueId, request);
        return ResponseEntity.created(URI.create("/api/venues/" + venueId + "/spaces/" + request.id()))
                .body(venue);
    }

    @PutMapping("/api/venues/{venueId}/spaces/{spaceId}")
    VenueDetail updateSpace(
            @PathVariable String venueId, @PathVariable String spaceId, @Valid @RequestBody SpaceRequest request) {
        return venues.updateSpace(venueId, spaceId, request);
    }

    @DeleteMapping("/api/venues/{venueId}/spaces/{spaceId}")
    VenueDetail deleteSpace(@PathVariable String venueId, @PathVariable String spaceId) {
        return venues.deleteSpace(venueId, spaceId);
    }

    @GetMapping("/api/areas")
    List<AreaResponse> areas() {
        return areas.findAll(Sort.by("nameEn")).stream().map(AreaResponse::of).toList();
    }
}
