package org.protocolplanner.engagement;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.net.URI;
import org.protocolplanner.shared.web.PageResponse;
import org.springframework.data.domain.Pageable;
import org.springframework.data.web.PageableDefault;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * A plan's engagements, and each one's place set by hand. Bodies use the exchange format's event shape (plus {@code version} on updates)
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
    ResponseEntity<EngagementResponse> addEngagement(
            @PathVariable long id, @Valid @RequestBody EngagementRequest body) {
        EngagementResponse created = engagements.addEngagement(id, body);
        return ResponseEntity.created(URI.create("/api/plans/" + id + "/engagements/" + created.id()))
                .body(created);
    }

    @PutMapping("/api/plans/{id}/engagements/{eventId}")
    EngagementResponse updateEngagement(
            @PathVariable long id, @PathVariable String eventId, @Valid @RequestBody EngagementRequest body) {
        return engagements.updateEngagement(id, eventId, body);
    }

    @DeleteMapping("/api/plans/{id}/engagements/{eventId}")
    ResponseEntity<Void> deleteEngagement(@PathVariable long id, @PathVariable String eventId) {
        engagements.deleteEngagement(id, eventId);
        return ResponseEntity.noContent().build();
    }

    @Operation(
            summary = "Move, unschedule, pin or unpin an engagement",
            description = "Sets the engagement's space and start (both, or neither to unschedule it) and its pin. "
                    + "Answers the engagement as saved, with its new version, and the plan's new score.")
    @ApiResponse(responseCode = "200", description = "saved")
    @ApiResponse(
            responseCode = "400",
            description =
                    "no version, a space without a start or the other way round, "
                            + "a space the plan may not use, a start off the grain or the horizon, pinning an unscheduled engagement")
    @ApiResponse(responseCode = "403", description = "the role may not change this plan")
    @ApiResponse(
            responseCode = "409",
            description = "a stale version (with currentVersion), or the plan may not be " + "changed now")
    @PatchMapping("/api/plans/{id}/engagements/{eventId}/assignment")
    AssignmentResponse assign(
            @PathVariable long id, @PathVariable String eventId, @RequestBody AssignmentRequest request) {
        return engagements.assign(id, eventId, request);
    }
}
