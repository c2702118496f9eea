package org.protocolplanner.delegation;

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
 * A plan's delegations. Bodies use the exchange format's delegation shape (plus {@code version} on updates)
 * and are checked by the exchange format's rules. Tagged as the plan's content, as the API document the
 * frontend's types are generated from has always tagged it.
 */
@RestController
@Tag(name = "plan-content-controller")
class DelegationController {

    private final DelegationService delegations;

    DelegationController(DelegationService delegations) {
        this.delegations = delegations;
    }

    @GetMapping("/api/plans/{id}/delegations")
    PageResponse<DelegationResponse> delegations(@PathVariable long id, @PageableDefault(size = 50) Pageable pageable) {
        return PageResponse.of(delegations.delegations(id, pageable));
    }

    @PostMapping("/api/plans/{id}/delegations")
    ResponseEntity<DelegationResponse> addDelegation(
            @PathVariable long id, @Valid @RequestBody DelegationRequest body) {
        DelegationResponse created = delegations.addDelegation(id, body);
        return ResponseEntity.created(URI.create("/api/plans/" + id + "/delegations/" + created.id()))
                .body(created);
    }

    @PutMapping("/api/plans/{id}/delegations/{delegationId}")
    DelegationResponse updateDelegation(
            @PathVariable long id, @PathVariable String delegationId, @Valid @RequestBody DelegationRequest body) {
        return delegations.updateDelegation(id, delegationId, body);
    }

    @DeleteMapping("/api/plans/{id}/delegations/{delegationId}")
    ResponseEntity<Void> deleteDelegation(@PathVariable long id, @PathVariable String delegationId) {
        delegations.deleteDelegation(id, delegationId);
        return ResponseEntity.noContent().build();
    }
}
