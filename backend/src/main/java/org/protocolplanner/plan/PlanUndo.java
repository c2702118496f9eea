package org.protocolplanner.plan;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.protocolplanner.audit.AuditLog;
import org.protocolplanner.audit.AuditedEntity;
import org.protocolplanner.engagement.Engagement;
import org.protocolplanner.engagement.EngagementRepository;
import org.protocolplanner.engagement.EngagementResponse;
import org.protocolplanner.security.CurrentUser;
import org.protocolplanner.shared.web.ConflictException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.JsonNode;

/**
 * Taking back a user's last move, pin or imported solution on a plan. The step remembers every place and pin
 * the change replaced, exactly, and the plan's revision the change left: while the plan is still at that
 * revision nothing else has changed it, so putting the places back restores the plan as it was; once anything
 * moved the revision (another edit, a solve's save, a booking's answer) the undo is refused with 409.
 */
@Service
public class PlanUndo {

    /** Where an engagement was before the change: its place (null: unscheduled) and its pin (null: none). */
    public record PlaceBefore(
            String eventId,
            @Nullable String spaceId,
            @Nullable String start,
            @Nullable String pinnedSpaceId,
            @Nullable String pinnedStart) {

        public static PlaceBefore of(Engagement engagement) {
            return new PlaceBefore(
                    engagement.getRef(),
                    engagement.getAssignedSpaceId(),
                    text(engagement.getAssignedStart()),
                    engagement.getPinnedSpaceId(),
                    text(engagement.getPinnedStart()));
        }

        /** Puts the engagement back: a pinned one sits at its pin, an unpinned one where it was. */
        public void restore(Engagement engagement) {
            if (pinnedSpaceId != null) {
                engagement.pin(pinnedSpaceId, LocalDateTime.parse(pinnedStart));
            } else {
                engagement.pin(null, null);
                engagement.assign(spaceId, start == null ? null : LocalDateTime.parse(start));
            }
        }

        private static @Nullable String text(@Nullable LocalDateTime time) {
            return time == null ? null : time.toString();
        }
    }

    /** What an undo of a plan's change put back. */
    public record UndoResponse(String kind, List<String> restored, long revision) {}

    private final PlanService plans;
    private final EngagementRepository engagements;
    private final UndoSteps steps;
    private final AuditLog audit;

    PlanUndo(PlanService plans, EngagementRepository engagements, UndoSteps steps, AuditLog audit) {
        this.plans = plans;
        this.engagements = engagements;
        this.steps = steps;
        this.audit = audit;
    }

    /** Remembers, in the change's transaction, what a change of the plan at {@code revision} replaced. */
    void remember(long planId, UndoSteps.Kind kind, long revision, Collection<PlaceBefore> before) {
        steps.remember(
                CurrentUser.username(), UndoSteps.planScope(planId), planId, kind, revision, List.copyOf(before));
    }

    @Transactional(readOnly = true)
    public Optional<UndoStepResponse> latest(long planId) {
        PlanPolicy.checkCanRead(CurrentUser.get());
        plans.load(planId);
        return steps.latest(CurrentUser.username(), UndoSteps.planScope(planId))
                .map(step -> UndoStepResponse.of(step, eventIds(step.payload())));
    }

    @Transactional
    public UndoResponse undo(long planId, long stepId) {
        Plan plan = plans.loadForChange(planId);
        PlanPolicy.checkCanEdit(CurrentUser.get(), plan);
        UndoSteps.Step step = steps.take(CurrentUser.username(), UndoSteps.planScope(planId), stepId);
        if (step.revision() == null || step.revision() != plan.getRevision()) {
            throw new ConflictException(
                    "The plan has changed since this change (by an edit, a solve or a booking's answer): it can no"
                            + " longer be undone.",
                    Map.of("currentRevision", plan.getRevision()));
        }
        List<Engagement> all = engagements.findByPlanIdOrderByPosition(planId);
        AssignmentChanges changes = AssignmentChanges.of(all);
        List<String> restored = new ArrayList<>();
        for (JsonNode node : step.payload()) {
            PlaceBefore before = new PlaceBefore(
                    node.get("eventId").asString(),
                    textOrNull(node, "spaceId"),
                    textOrNull(node, "start"),
                    textOrNull(node, "pinnedSpaceId"),
                    textOrNull(node, "pinnedStart"));
            all.stream()
                    .filter(engagement -> engagement.getRef().equals(before.eventId()))
                    .findFirst()
                    .ifPresent(engagement -> {
                        JsonNode was = audit.snapshot(EngagementResponse.audited(engagement));
                        before.restore(engagement);
                        restored.add(before.eventId());
                        if (step.kind() != UndoSteps.Kind.IMPORT) {
                            // A pin taken back moves no place: the engagement's own row says what changed.
                            audit.record(
                                    AuditedEntity.ENGAGEMENT,
                                    AuditedEntity.inPlan(planId, engagement.getRef()),
                                    "undo-assign",
                                    was,
                                    EngagementResponse.audited(engagement));
                        }
                    });
        }
        plan.markRevised();
        engagements.flush();
        if (step.kind() == UndoSteps.Kind.IMPORT) {
            changes.record(audit, CurrentUser.username(), planId, "undo-import-solution", all);
        }
        return new UndoResponse(step.kind().name(), restored, plan.getRevision());
    }

    private static List<String> eventIds(JsonNode payload) {
        List<String> ids = new ArrayList<>();
        payload.forEach(node -> ids.add(node.get("eventId").asString()));
        return ids;
    }

    private static @Nullable String textOrNull(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? null : value.asString();
    }
}
