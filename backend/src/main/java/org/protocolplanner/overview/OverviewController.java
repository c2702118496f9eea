package org.protocolplanner.overview;

import io.swagger.v3.oas.annotations.Operation;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** The start page: what needs the signed-in user now, per role. */
@RestController
class OverviewController {

    private final OverviewService overview;

    OverviewController(OverviewService overview) {
        this.overview = overview;
    }

    @Operation(
            summary = "What needs the signed-in user now, one part per role they have",
            description = "officer: plans needing a re-plan, requests of venues without managers, requests lapsing "
                    + "within 24 hours; manager: own venues' requests by answer-by time; planner: own scenarios by "
                    + "status; admin: throttled and disabled accounts, the newest audit entries. The parts of "
                    + "roles the user does not have are null.")
    @GetMapping("/api/overview")
    OverviewResponse overview() {
        return overview.forCurrentUser();
    }
}
