package org.protocolplanner.plan;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import org.protocolplanner.planning.analysis.PlaceOptions;
import org.protocolplanner.planning.analysis.ScoreAnalysis;
import org.protocolplanner.planning.analysis.ScorePreview;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * A plan's score explained, a move's score tried before it is made, and the best places for an engagement.
 * Making the move is the engagement's API ({@code PATCH .../engagements/{eventId}/assignment}).
 */
@RestController
class ScoreAnalysisController {

    private final ScoreAnalysisService analyses;

    ScoreAnalysisController(ScoreAnalysisService analyses) {
        this.analyses = analyses;
    }

    @Operation(
            summary = "Why the plan scores what it scores",
            description = "Per constraint its level, weight, matches and score; per engagement the constraints it "
                    + "takes part in, each match with its parameters (stable keys) and an English sentence; for each "
                    + "unscheduled engagement the hard rules that rule out its candidate places, and how many each.")
    @GetMapping("/api/plans/{id}/score-analysis")
    ScoreAnalysis analysis(@PathVariable long id) {
        return analyses.analysis(id);
    }

    @Operation(
            summary = "The score a move would give, without saving it",
            description = "Scores the plan with one engagement moved (or unscheduled) and answers the current and "
                    + "the new score and the constraint matches the move adds and removes. Pinning does not change "
                    + "a score, so the request has no pin.")
    @ApiResponse(responseCode = "200", description = "scored; nothing saved")
    @ApiResponse(responseCode = "400", description = "an unknown engagement, or a place a PATCH would refuse")
    @ApiResponse(responseCode = "403", description = "the role may not change this plan")
    @PostMapping("/api/plans/{id}/score-preview")
    ScorePreview preview(@PathVariable long id, @RequestBody ScorePreviewRequest request) {
        return analyses.preview(id, request);
    }

    @Operation(
            summary = "Where an engagement could go: its best places",
            description = "The best places (space and start) for one engagement, scheduled or not, ranked by the "
                    + "plan's score with the engagement there; each with that score, its difference to the score "
                    + "now, and the constraint matches the move adds and removes. The current place is not listed, and "
                    + "at most 3 places of one space are. "
                    + "Places that break a hard rule themselves (the hard score falls below the plan's with the "
                    + "engagement left out) are listed only when no place keeps every hard rule, and are then "
                    + "marked breaksHardRules. The places are sampled from the engagement's candidate spaces and "
                    + "starts, not all tried. Nothing is saved.")
    @ApiResponse(responseCode = "200", description = "ranked, best first; empty when the engagement has nowhere to go")
    @ApiResponse(responseCode = "400", description = "a limit outside 1 to 50 (errors[0].path is limit)")
    @ApiResponse(responseCode = "403", description = "the role may not read plans")
    @ApiResponse(responseCode = "404", description = "no such plan, or no such engagement in it")
    @GetMapping("/api/plans/{id}/engagements/{eventId}/places")
    PlaceOptions places(
            @PathVariable long id,
            @PathVariable String eventId,
            @Parameter(description = "how many places, 1 to 50 (default 10)", example = "10")
                    @RequestParam(required = false)
                    Integer limit) {
        return analyses.places(id, eventId, limit);
    }
}
