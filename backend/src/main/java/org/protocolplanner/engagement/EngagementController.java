package org.protocolplanner.engagement;

import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.net.URI;
import org.protocolplanner.shared.web.PageResponse;
import org.springframework.data.domain.Pageable;
import org.springframework.data.web.PageableDefault;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * A plan's engagements. Bodies use the exchange format's event shape (plus {@code version} on updates)
 * and are checked by the exchange format's rules. Tagged as the plan's content, as the API document the
 * frontend's types are generated from has always tagged it.
 */
@RestController
@Tag(name = "plan-content-controller")
class EngagementController {

    private final EngagementService engagements;

    EngagementController(EngagementService engagements) {
        this.engagements = engagements;
    }

    @GetMapping("/api/plans/{id}/engagements")
    PageResponse<EngagementResponse> engagements(@PathVariable long id, @PageableDefault(size = 50) Pageable pageable) {
        return PageResponse.of(engagements.engagements(id, pageable));
    }

    @GetMapping("/api/plans/{id}/engagements/{eventId}")
    EngagementResponse engagement(@PathVariable long id, @PathVariable String eventId) {
        return engagements.engagement(id, eventId);
    }

    @PostMapping("/api/plans/{id}/engagements")
    ResponseEntity<EngagementResponse> addEngagement(@PathVariable long id, @Valid @RequestBody EngagementRequest body) {
        EngagementResponse created = engagements.addEngagement(id, body);
        return ResponseEntity.created(URI.create("/api/plans/" + id + "/engagements/" + created.id())).body(created);
    }

    @PutMapping("/api/plans/{id}/engagements/{eventId}")
    EngagementResponse updateEngagement(@PathVariable long id, @PathVariable String eventId,
            @Valid @RequestBody EngagementRequest body) {
        return engagements.updateEngagement(id, eventId, body);
    }

    @DeleteMapping("/api/plans/{id}/engagements/{eventId}")
    ResponseEntity<Void> deleteEngagement(@PathVariable long id, @PathVariable String eventId) {
        engagements.deleteEngagement(id, eventId);
        return ResponseEntity.noContent().build();
    }
}
