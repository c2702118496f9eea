package org.protocolplanner.plan;

import jakarta.validation.Valid;
import org.protocolplanner.plan.PlanWeightsService.WeightsRequest;
import org.protocolplanner.plan.PlanWeightsService.WeightsResponse;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** A plan's soft weights; a change carries the plan's version. */
@RestController
class PlanWeightsController {

    private final PlanWeightsService weights;

    PlanWeightsController(PlanWeightsService weights) {
        this.weights = weights;
    }

    @GetMapping("/api/plans/{id}/weights")
    WeightsResponse get(@PathVariable long id) {
        return weights.get(id);
    }

    @PutMapping("/api/plans/{id}/weights")
    WeightsResponse put(@PathVariable long id, @Valid @RequestBody WeightsRequest request) {
        return weights.put(id, request);
    }
}
