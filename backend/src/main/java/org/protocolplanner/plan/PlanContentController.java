package org.protocolplanner.plan;

import java.net.URI;
import java.util.List;
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
import tools.jackson.databind.JsonNode;

/**
 * A plan's delegations, engagements and closures. Bodies use the exchange format's element shapes
 * (plus {@code version} on updates) and are checked by the exchange format's rules.
 */
@RestController
class PlanContentController {

    private final PlanContentService content;

    PlanContentController(PlanContentService content) {
        this.content = content;
    }

    @GetMapping("/api/plans/{id}/delegations")
    PageResponse<DelegationResponse> delegations(@PathVariable long id, @PageableDefault(size = 50) Pageable pageable) {
        return PageResponse.of(content.delegations(id, pageable));
    }

    @PostMapping("/api/plans/{id}/delegations")
    ResponseEntity<DelegationResponse> addDelegation(@PathVariable long id, @RequestBody JsonNode body) {
        DelegationResponse created = content.addDelegation(id, body);
        return ResponseEntity.created(URI.create("/api/plans/" + id + "/delegations/" + created.id())).body(created);
    }

    @PutMapping("/api/plans/{id}/delegations/{delegationId}")
    DelegationResponse updateDelegation(@PathVariable long id, @PathVariable String delegationId,
            @RequestBody JsonNode body) {
        return content.updateDelegation(id, delegationId, body);
    }

    @DeleteMapping("/api/plans/{id}/delegations/{delegationId}")
    ResponseEntity<Void> deleteDelegation(@PathVariable long id, @PathVariable String delegationId) {
        content.deleteDelegation(id, delegationId);
        return ResponseEntity.noContent().build();
    }

    @GetMapping("/api/plans/{id}/engagements")
    PageResponse<EngagementResponse> engagements(@PathVariable long id, @PageableDefault(size = 50) Pageable pageable) {
        return PageResponse.of(content.engagements(id, pageable));
    }

    @GetMapping("/api/plans/{id}/engagements/{eventId}")
    EngagementResponse engagement(@PathVariable long id, @PathVariable String eventId) {
        return content.engagement(id, eventId);
    }

    @PostMapping("/api/plans/{id}/engagements")
    ResponseEntity<EngagementResponse> addEngagement(@PathVariable long id, @RequestBody JsonNode body) {
        EngagementResponse created = content.addEngagement(id, body);
        return ResponseEntity.created(URI.create("/api/plans/" + id + "/engagements/" + created.id())).body(created);
    }

    @PutMapping("/api/plans/{id}/engagements/{eventId}")
    EngagementResponse updateEngagement(@PathVariable long id, @PathVariable String eventId,
            @RequestBody JsonNode body) {
        return content.updateEngagement(id, eventId, body);
    }

    @DeleteMapping("/api/plans/{id}/engagements/{eventId}")
    ResponseEntity<Void> deleteEngagement(@PathVariable long id, @PathVariable String eventId) {
        content.deleteEngagement(id, eventId);
        return ResponseEntity.noContent().build();
    }

    @GetMapping("/api/plans/{id}/closures")
    List<ClosureResponse> closures(@PathVariable long id) {
        return content.closures(id);
    }

    @PostMapping("/api/plans/{id}/closures")
    ResponseEntity<ClosureResponse> addClosure(@PathVariable long id, @RequestBody JsonNode body) {
        ClosureResponse created = content.addClosure(id, body);
        return ResponseEntity.created(URI.create("/api/plans/" + id + "/closures/" + created.id())).body(created);
    }

    @DeleteMapping("/api/plans/{id}/closures/{closureId}")
    ResponseEntity<Void> deleteClosure(@PathVariable long id, @PathVariable long closureId) {
        content.deleteClosure(id, closureId);
        return ResponseEntity.noContent().build();
    }
}
