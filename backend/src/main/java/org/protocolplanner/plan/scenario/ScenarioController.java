package org.protocolplanner.plan.scenario;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import java.net.URI;
import org.jspecify.annotations.Nullable;
import org.protocolplanner.plan.PlanResponse;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** Scenarios: copy a live plan, compare a scenario with it, propose, adopt (docs/api.md). */
@RestController
class ScenarioController {

    private final ScenarioService scenarios;
    private final ScenarioComparison comparison;

    ScenarioController(ScenarioService scenarios, ScenarioComparison comparison) {
        this.scenarios = scenarios;
        this.comparison = comparison;
    }

    /** @param name the scenario's name; by default the live plan's, marked "(scenario)" */
    record ScenarioRequest(@Size(max = 200) @Nullable String name) {}

    @PostMapping("/api/plans/{id}/scenarios")
    ResponseEntity<PlanResponse> create(
            @PathVariable long id, @Valid @RequestBody(required = false) ScenarioRequest request) {
        PlanResponse scenario = scenarios.create(id, request == null ? null : request.name());
        return ResponseEntity.created(URI.create("/api/plans/" + scenario.id())).body(scenario);
    }

    @GetMapping("/api/plans/{id}/comparison")
    ScenarioComparison.Comparison compare(@PathVariable long id) {
        return comparison.compare(id);
    }

    @PostMapping("/api/plans/{id}/propose")
    PlanResponse propose(@PathVariable long id) {
        return scenarios.propose(id);
    }

    @PostMapping("/api/plans/{id}/adopt")
    ScenarioService.Adoption adopt(@PathVariable long id) {
        return scenarios.adopt(id);
    }
}
