package org.protocolplanner.plan;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** A soft constraint's weight set for one plan (0..1000; 0 switches the rule off). */
@Embeddable
public record PlanWeight(@Column(name = "constraint_id") String constraintId, int weight) {}
