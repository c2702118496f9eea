package org.protocolplanner.plan;

import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.protocolplanner.exchange.Placement;
import org.protocolplanner.exchange.SolutionDocument.ConstraintRow;
import org.protocolplanner.exchange.SolutionDocument.ScoreDoc;

/**
 * What importing a solution document would change on a plan, nothing of it saved.
 *
 * @param revision        the plan's revision the preview was made on: send it with the import
 *                        ({@code PUT …/solution?revision=}) so that a plan changed meanwhile is refused
 * @param unchanged       how many engagements stay where they are
 * @param hardRulesBroken the hard rules the plan would break after the import, each with its matches and score
 */
public record ImportPreview(
        long revision,
        List<Change> moved,
        List<Change> newlyScheduled,
        List<Change> newlyUnscheduled,
        int unchanged,
        ScoreDoc scoreBefore,
        boolean feasibleBefore,
        ScoreDoc scoreAfter,
        boolean feasibleAfter,
        List<ConstraintRow> hardRulesBroken) {

    /** One engagement's place before ({@code from}) and after ({@code to}); null is unscheduled. */
    public record Change(
            String eventId,
            String title,

            @Schema(description = "whether it is pinned now")
            boolean pinned,

            @Nullable Placement from,
            @Nullable Placement to) {}
}
