package org.protocolplanner.engagement;

import org.protocolplanner.exchange.EventDoc;

/**
 * What a change of a plan's engagements asks of the plan: who may read and edit it, the exchange format's
 * rules applied to the whole plan, and its revision. The plan module answers it, so that plans build on
 * engagements without engagements depending on plans.
 */
public interface EngagementPlans {

    /** 404 for an unknown plan, 403 when the caller may not read it. */
    void checkCanRead(long planId);

    /** 404 for an unknown plan, 403 when the caller may not edit it. */
    void checkCanEdit(long planId);

    /** Whether the caller may edit the plan's content, whether or not it is being solved just now. */
    boolean canEdit(long planId);

    /**
     * The engagement {@code body} describes, checked against the whole plan as the last of its events, or in
     * place of the one at {@code replaceIndex} when that is not null; 400 naming the body's fields.
     */
    EventDoc checkedEngagement(long planId, EngagementRequest body, Integer replaceIndex);

    /** 409 while anything of the plan refers to the engagement at {@code index}. */
    void checkEngagementRemovable(long planId, int index, String ref);

    /** Every change of a plan's content moves its revision. */
    void markRevised(long planId);
}
