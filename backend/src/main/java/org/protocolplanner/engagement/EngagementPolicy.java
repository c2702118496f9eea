package org.protocolplanner.engagement;

import java.util.List;

/**
 * The engagement rows of the role matrix (docs/reference/roles.md): whoever reads a plan reads its engagements, and
 * whoever may edit the plan adds, changes and deletes them. The plan decides both ({@link EngagementPlans}, answered
 * by the plan module's policy), so that an engagement is never editable where its plan is not.
 */
public final class EngagementPolicy {

    public static final String EDIT = "edit";
    public static final String DELETE = "delete";

    private EngagementPolicy() {}

    /** What the user may do with an engagement of a plan whose content they may, or may not, edit. */
    public static List<String> allowedActions(boolean planContentEditable) {
        return planContentEditable ? List.of(EDIT, DELETE) : List.of();
    }
}
