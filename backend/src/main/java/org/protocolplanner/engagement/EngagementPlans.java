package org.protocolplanner.engagement;

import java.time.LocalDateTime;
import org.jspecify.annotations.Nullable;
import org.protocolplanner.exchange.EventDoc;
import org.protocolplanner.exchange.Placement;
import org.protocolplanner.exchange.SolutionDocument.ScoreDoc;

/**
 * What a change of a plan's engagements asks of the plan: who may read and edit it, the exchange format's
 * rules applied to the whole plan, its revision, and its score after an engagement is placed by hand. The plan module answers it, so that plans build on
 * engagements without engagements depending on plans.
 */
public interface EngagementPlans {

    /** 404 for an unknown plan, 403 when the caller may not read it. */
    void checkCanRead(long planId);

    /**
     * 404 for an unknown plan, 403 when the caller may not edit it; otherwise the plan is locked against
     * other changes until the caller's transaction ends, so that changes of one plan wait for each other.
     */
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

    /**
     * A change of where engagements are placed and of nothing else, their pins included: moves the revision
     * as {@link #markRevised} does, and lets the plan's kept scoring drafts be brought up to date.
     */
    void markMoved(long planId);

    /**
     * Remembers for the signed-in user, to undo for a while, where engagement {@code ref} was before a move or
     * a pin by hand ({@code pin}: only its pin changed): its place and its pin, each null for none. Called
     * after the plan's revision moved, in the change's transaction.
     */
    void rememberPlaceBefore(
            long planId, String ref, boolean pin, @Nullable Placement assigned, @Nullable Placement pinned);

    /**
     * A place given by hand, checked as a pinned place of the plan's document is: a space and a start both
     * or neither, a space of a venue the plan may use, a start on the grain within the horizon; 400 naming
     * {@code spaceId} or {@code start}.
     *
     * @return the place, or null for none
     */
    Placement checkedPlacement(long planId, String spaceId, LocalDateTime start);

    /**
     * The plan's score after a move by hand, called once the move is committed and outside any transaction
     * (scoring holds no connection): the plan as stored now, without scoring the whole plan again when a
     * draft of it is kept, on this instance, from before moves made since (here or on another instance).
     */
    ScoreDoc scoreAfterMove(long planId);
}
