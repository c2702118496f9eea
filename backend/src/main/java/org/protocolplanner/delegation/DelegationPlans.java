package org.protocolplanner.delegation;

import org.protocolplanner.exchange.DelegationDoc;

/**
 * What a change of a plan's delegations asks of the plan: who may read and edit it, the exchange format's
 * rules applied to the whole plan, and its revision. The plan module answers it, so that plans build on
 * delegations without delegations depending on plans.
 */
public interface DelegationPlans {

    /** 404 for an unknown plan, 403 when the caller may not read it. */
    void checkCanRead(long planId);

    /**
     * 404 for an unknown plan, 403 when the caller may not edit it; otherwise the plan is locked against
     * other changes until the caller's transaction ends, so that changes of one plan wait for each other.
     */
    void checkCanEdit(long planId);

    /**
     * The delegation {@code body} describes, checked against the whole plan as the last of its delegations,
     * or in place of the one at {@code replaceIndex} when that is not null; 400 naming the body's fields.
     */
    DelegationDoc checkedDelegation(long planId, DelegationRequest body, Integer replaceIndex);

    /** 409 while anything of the plan refers to the delegation at {@code index}. */
    void checkDelegationRemovable(long planId, int index, String ref);

    /** Every change of a plan's content moves its revision. */
    void markRevised(long planId);
}
