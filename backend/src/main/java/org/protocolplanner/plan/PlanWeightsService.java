package org.protocolplanner.plan;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;
import org.protocolplanner.audit.AuditLog;
import org.protocolplanner.audit.AuditedEntity;
import org.protocolplanner.planning.model.ProtocolWeights;
import org.protocolplanner.security.CurrentUser;
import org.protocolplanner.shared.protocol.ConstraintId;
import org.protocolplanner.shared.protocol.Limits;
import org.protocolplanner.shared.web.InputError;
import org.protocolplanner.shared.web.InvalidRequestException;
import org.protocolplanner.shared.web.Message;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A plan's soft weights ({@link Limits}: 0..1000; 0 switches a rule off). The request's validation checks
 * the range; here only that the rules are soft ones. Hard and medium rules have none: they are
 * the protocol, not a preference. Only weights that differ from the defaults are stored, so a plan
 * follows a later change of a default it never overrode.
 */
@Service
public class PlanWeightsService {

    private final PlanService plans;
    private final PlanRepository planRepository;
    private final AuditLog audit;

    PlanWeightsService(PlanService plans, PlanRepository planRepository, AuditLog audit) {
        this.plans = plans;
        this.planRepository = planRepository;
        this.audit = audit;
    }

    /** A soft rule's weight on this plan, and the default it falls back to. */
    public record WeightRow(String constraintId, int weight, int defaultWeight) {}

    /** Every soft rule in catalogue order, and the plan's version to send back with a change. */
    public record WeightsResponse(List<WeightRow> weights, long version) {}

    /** The weights to set: ids left out go back to their defaults. */
    public record WeightsRequest(
            @Nullable Map<String, @NotNull @Min(Limits.WEIGHT_MIN) @Max(Limits.WEIGHT_MAX) Integer> weights,
            @Nullable Long version) {}

    @Transactional(readOnly = true)
    public WeightsResponse get(long planId) {
        PlanPolicy.checkCanRead(CurrentUser.get());
        return response(plans.load(planId));
    }

    @Transactional
    public WeightsResponse put(long planId, WeightsRequest request) {
        Plan plan = plans.load(planId);
        PlanPolicy.checkCanEdit(CurrentUser.get(), plan);
        PlanService.checkVersion(plan, request.version());
        Map<String, Integer> requested = request.weights() == null ? Map.of() : request.weights();
        validate(requested);
        List<PlanWeight> own = new ArrayList<>();
        for (ConstraintId constraint : ConstraintId.soft()) {
            Integer weight = requested.get(constraint.id());
            if (weight != null && weight != ProtocolWeights.defaultWeight(constraint)) {
                own.add(new PlanWeight(constraint.id(), weight));
            }
        }
        Map<String, Integer> before = ownWeights(plan);
        plan.setWeights(own);
        plan.markRevised();
        WeightsResponse after = response(planRepository.saveAndFlush(plan));
        // Only the plan's own weights: the defaults are code, not data that changed.
        audit.record(AuditedEntity.WEIGHTS, planId, "update", before, ownWeights(plan));
        return after;
    }

    private static void validate(Map<String, Integer> requested) {
        List<InputError> errors = new ArrayList<>();
        requested.forEach((id, weight) -> {
            String path = "weights." + id;
            boolean soft = ConstraintId.byId(id)
                    .filter(c -> c.level() == ConstraintId.Level.SOFT)
                    .isPresent();
            if (!soft) {
                errors.add(new InputError(path, Message.of("input.not-soft-rule")));
            }
        });
        if (!errors.isEmpty()) {
            throw new InvalidRequestException(errors);
        }
    }

    private static Map<String, Integer> ownWeights(Plan plan) {
        Map<String, Integer> own = new TreeMap<>();
        plan.getWeights().forEach(weight -> own.put(weight.constraintId(), weight.weight()));
        return own;
    }

    private static WeightsResponse response(Plan plan) {
        Map<String, Integer> own = ownWeights(plan);
        List<WeightRow> rows = ConstraintId.soft().stream()
                .map(constraint -> {
                    int byDefault = (int) ProtocolWeights.defaultWeight(constraint);
                    return new WeightRow(constraint.id(), own.getOrDefault(constraint.id(), byDefault), byDefault);
                })
                .toList();
        return new WeightsResponse(rows, plan.getVersion());
    }
}
