package org.protocolplanner.audit;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * What the audit log records changes of (docs/reference/roles.md, "Rules the data itself must keep"), as written in
 * {@code audit_log.entity_type}. Engagements and delegations are named {@code planId/ref}, since their
 * exchange-format ids are unique only within a plan; weights are named by their plan's id.
 */
public enum AuditedEntity {
    VENUE,
    SPACE,
    DELEGATION,
    ENGAGEMENT,
    PLAN,
    CLOSURE,
    WEIGHTS,
    BOOKING,
    ACCOUNT,
    SIGN_IN_ADDRESS;

    /** The stored and queried name: {@code sign-in-address}. */
    public String key() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public static Optional<AuditedEntity> byKey(String key) {
        return Arrays.stream(values())
                .filter(entity -> entity.key().equals(key))
                .findFirst();
    }

    /** The audit id of an element that lives inside a plan. */
    public static String inPlan(long planId, String ref) {
        return planId + "/" + ref;
    }
}
