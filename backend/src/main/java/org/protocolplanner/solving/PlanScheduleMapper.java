package org.protocolplanner.solving;

import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.protocolplanner.audit.AuditLog;
import org.protocolplanner.engagement.Engagement;
import org.protocolplanner.engagement.EngagementRepository;
import org.protocolplanner.exchange.Placement;
import org.protocolplanner.exchange.PlanDocument;
import org.protocolplanner.plan.AssignmentChanges;
import org.protocolplanner.plan.PlanExporter;
import org.protocolplanner.planning.ProtocolScheduleFactory;
import org.protocolplanner.planning.model.EngagementAssignment;
import org.protocolplanner.planning.model.ProtocolSchedule;
import org.protocolplanner.planning.model.ScheduleHorizon;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Between a plan's rows and the planning model. The model is built from the plan's export (so the
 * solver sees exactly the problem the export writes, derived closures included), starting from the
 * current assignment; assignments go back by engagement id, each checked against the version read, so
 * that a write never silently overwrites an engagement someone changed meanwhile.
 */
@Component
class PlanScheduleMapper {

    private final PlanExporter exporter;
    private final EngagementRepository engagements;
    private final AuditLog audit;
    private final ProtocolScheduleFactory factory = new ProtocolScheduleFactory();

    PlanScheduleMapper(PlanExporter exporter, EngagementRepository engagements, AuditLog audit) {
        this.exporter = exporter;
        this.engagements = engagements;
        this.audit = audit;
    }

    /** The model of a plan read in one transaction, and the id and version of each engagement in it. */
    static final class Snapshot {

        private final ProtocolSchedule schedule;
        private final Map<String, Long> ids;
        private final Map<String, Long> versions;

        private Snapshot(ProtocolSchedule schedule, Map<String, Long> ids, Map<String, Long> versions) {
            this.schedule = schedule;
            this.ids = ids;
            this.versions = versions;
        }

        ProtocolSchedule schedule() {
            return schedule;
        }
    }

    @Transactional(readOnly = true)
    public Snapshot read(long planId) {
        PlanDocument problem = exporter.export(planId);
        Set<String> spaces = new HashSet<>();
        problem.venues().forEach(venue -> venue.spaces().forEach(space -> spaces.add(space.id())));
        Map<String, Placement> placements = new LinkedHashMap<>();
        Map<String, Long> ids = new HashMap<>();
        Map<String, Long> versions = new HashMap<>();
        for (Engagement engagement : engagements.findByPlanIdOrderByPosition(planId)) {
            ids.put(engagement.getRef(), engagement.getId());
            versions.put(engagement.getRef(), engagement.getVersion());
            Placement placement = placement(engagement);
            // A place in a venue the plan no longer offers cannot be kept: the solver starts that one afresh.
            if (placement != null && spaces.contains(placement.spaceId())) {
                placements.put(engagement.getRef(), placement);
            }
        }
        return new Snapshot(factory.create(problem, placements), ids, versions);
    }

    /**
     * Writes the schedule's places of the engagements that are not pinned, in the caller's transaction,
     * and audits the engagements that moved as one row in the name of whoever started the solve.
     *
     * @return whether any engagement moved
     * @throws ObjectOptimisticLockingFailureException when an engagement changed or was pinned since it was read
     */
    boolean write(long planId, String actor, Snapshot snapshot, ProtocolSchedule schedule) {
        ScheduleHorizon horizon = schedule.getHorizon();
        List<EngagementAssignment> movable = schedule.getAssignments().stream()
                .filter(assignment -> !assignment.isPinned())
                .toList();
        Map<Long, Engagement> rows = new HashMap<>();
        engagements
                .findAllById(
                        movable.stream().map(a -> snapshot.ids.get(a.getId())).toList())
                .forEach(row -> rows.put(row.getId(), row));
        AssignmentChanges changes = AssignmentChanges.of(rows.values());
        boolean moved = false;
        for (EngagementAssignment assignment : movable) {
            long id = snapshot.ids.get(assignment.getId());
            Engagement row = rows.get(id);
            if (row == null || row.getVersion() != snapshot.versions.get(assignment.getId()) || row.isPinned()) {
                throw new ObjectOptimisticLockingFailureException(Engagement.class, id);
            }
            String spaceId = assignment.isScheduled() ? assignment.getSpace().id() : null;
            LocalDateTime start = assignment.isScheduled() ? horizon.timeOf(assignment.getStart()) : null;
            moved |= !Objects.equals(spaceId, row.getAssignedSpaceId())
                    || !Objects.equals(start, row.getAssignedStart());
            row.assign(spaceId, start);
        }
        engagements.flush();
        changes.record(audit, actor, planId, "solver-save", rows.values());
        rows.values().forEach(row -> snapshot.versions.put(row.getRef(), row.getVersion()));
        return moved;
    }

    private static Placement placement(Engagement engagement) {
        if (engagement.isPinned()) {
            return new Placement(engagement.getPinnedSpaceId(), engagement.getPinnedStart());
        }
        return engagement.isScheduled()
                ? new Placement(engagement.getAssignedSpaceId(), engagement.getAssignedStart())
                : null;
    }
}
