package org.protocolplanner.plan;

import java.util.List;
import org.protocolplanner.venue.CatalogueNamesakes.ImportedVenue;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** A plan's own venues and the catalogue venues of their names; accepting one makes the plan use it (decision 0111). */
@RestController
class VenueMatchController {

    private final VenueMatches matches;

    VenueMatchController(VenueMatches matches) {
        this.matches = matches;
    }

    /** @param catalogueVenueId the catalogue venue of the same name that the plan is to use instead */
    record AcceptRequest(String catalogueVenueId) {}

    @GetMapping("/api/plans/{id}/imported-venues")
    List<ImportedVenue> importedVenues(@PathVariable long id) {
        return matches.of(id);
    }

    @PostMapping("/api/plans/{id}/imported-venues/{venueId}/accept-match")
    VenueMatches.Accepted accept(
            @PathVariable long id, @PathVariable String venueId, @RequestBody(required = false) AcceptRequest request) {
        return matches.accept(id, venueId, request == null ? null : request.catalogueVenueId());
    }
}
