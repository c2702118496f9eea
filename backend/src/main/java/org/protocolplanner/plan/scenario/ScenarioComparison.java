package org.protocolplanner.plan.scenario;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.protocolplanner.engagement.Engagement;
import org.protocolplanner.engagement.EngagementRepository;
import org.protocolplanner.exchange.SolutionDocument;
import org.protocolplanner.exchange.SolutionDocument.AssignmentDoc;
import org.protocolplanner.exchange.SolutionDocument.ScoreDoc;
import org.protocolplanner.exchange.SolutionDocumentWriter;
import org.protocolplanner.plan.Plan;
import org.protocolplanner.plan.PlanSolutionService;
import org.protocolplanner.shared.web.ConflictException;
import org.protocolplanner.shared.web.Message;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.JsonNode;

/**
 * A scenario against its live plan as it is now: which engagements it moves, newly schedules or leaves
 * out, and the score and figures of protocol quality of both, computed exactly as each plan's solution
 * document computes and writes them. Engagements are matched by their id in the plan.
 */
@Service
public class ScenarioComparison {

    private final ScenarioService scenarios;
    private final PlanSolutionService solutions;
    private final EngagementRepository engagements;

    ScenarioComparison(ScenarioService scenarios, PlanSolutionService solutions, EngagementRepository engagements) {
        this.scenarios = scenarios;
        this.solutions = solutions;
        this.engagements = engagements;
    }

    public record Comparison(
            PlanFigures scenario,
            PlanFigures origin,
            ScoreDoc scoreDifference,
            boolean originChangedSinceCopy,
            List<Moved> moved,
            List<Placed> newlyScheduled,
            List<Placed> newlyUnscheduled) {}

    public record PlanFigures(
            long planId, String name, long revision, ScoreDoc score, boolean feasible, JsonNode kpis) {}

    public record Place(String spaceId, String venueId, LocalDateTime start) {}

    public record Moved(String eventId, String title, Place from, Place to) {}

    /**
     * An engagement scheduled in one plan and not in the other, with its place where it is scheduled;
     * {@code onlyInOnePlan} when the other plan does not have it at all (added or removed in the scenario).
     */
    public record Placed(String eventId, String title, Place place, boolean onlyInOnePlan) {}

    @Transactional(readOnly = true)
    public Comparison compare(long scenarioId) {
        Plan scenario = scenarios.scenario(scenarioId);
        if (scenario.getOriginPlanId() == null) {
            throw new ConflictException(Message.of("conflict.origin-gone"));
        }
        long originId = scenario.getOriginPlanId();
        SolutionDocument scenarioSolution = solutions.current(scenarioId);
        SolutionDocument originSolution = solutions.current(originId);
        Map<String, Place> inScenario = places(scenarioSolution);
        Map<String, Place> inOrigin = places(originSolution);
        Map<String, String> scenarioTitles = titles(scenarioId);
        Map<String, String> originTitles = titles(originId);

        List<Moved> moved = new ArrayList<>();
        List<Placed> newlyScheduled = new ArrayList<>();
        scenarioTitles.forEach((eventId, title) -> {
            Place now = inScenario.get(eventId);
            Place before = inOrigin.get(eventId);
            if (now != null && before == null) {
                newlyScheduled.add(new Placed(eventId, title, now, !originTitles.containsKey(eventId)));
            } else if (now != null && !now.equals(before)) {
                moved.add(new Moved(eventId, title, before, now));
            }
        });
        List<Placed> newlyUnscheduled = new ArrayList<>();
        originTitles.forEach((eventId, title) -> {
            Place before = inOrigin.get(eventId);
            if (before != null && !inScenario.containsKey(eventId)) {
                newlyUnscheduled.add(new Placed(eventId, title, before, !scenarioTitles.containsKey(eventId)));
            }
        });

        Plan origin = scenarios.plan(originId);
        ScoreDoc a = scenarioSolution.score();
        ScoreDoc b = originSolution.score();
        return new Comparison(
                figures(scenario, scenarioSolution),
                figures(origin, originSolution),
                new ScoreDoc(a.hard() - b.hard(), a.medium() - b.medium(), a.soft() - b.soft()),
                origin.getRevision() != scenario.getOriginRevision(),
                moved,
                newlyScheduled,
                newlyUnscheduled);
    }

    private static PlanFigures figures(Plan plan, SolutionDocument solution) {
        return new PlanFigures(
                plan.getId(),
                plan.getName(),
                plan.getRevision(),
                solution.score(),
                solution.feasible(),
                SolutionDocumentWriter.kpis(solution.kpis()));
    }

    private static Map<String, Place> places(SolutionDocument solution) {
        Map<String, Place> places = new LinkedHashMap<>();
        for (AssignmentDoc assignment : solution.assignments()) {
            places.put(assignment.eventId(), new Place(assignment.spaceId(), assignment.venueId(), assignment.start()));
        }
        return places;
    }

    private Map<String, String> titles(long planId) {
        Map<String, String> titles = new LinkedHashMap<>();
        for (Engagement engagement : engagements.findByPlanIdOrderByPosition(planId)) {
            titles.put(engagement.getRef(), engagement.getTitle());
        }
        return titles;
    }
}
