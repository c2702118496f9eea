package org.protocolplanner.engagement;

import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.LocalDateTime;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.protocolplanner.exchange.Placement;
import org.protocolplanner.shared.protocol.EventType;
import org.protocolplanner.shared.protocol.Feature;
import org.protocolplanner.shared.protocol.Layout;
import org.protocolplanner.shared.protocol.SecurityGrade;

/**
 * An engagement as the API shows it: the exchange format's fields, where it is now
 * ({@code assignment}, null when unscheduled), its version, and what the signed-in user may do with it
 * ({@link EngagementPolicy}).
 */
public record EngagementResponse(
        String id,
        String title,
        EventType type,
        List<String> delegations,
        int headcount,
        Layout layout,
        int durationMinutes,
        List<Feature> requiredFeatures,
        @Nullable SecurityGrade minSecurityGrade,
        @Nullable LocalDateTime earliestStart,
        @Nullable LocalDateTime latestEnd,
        List<String> preferredSpaces,
        List<String> excludedSpaces,
        int priority,
        List<String> after,
        @Nullable Placement pinned,
        @Nullable Placement published,
        boolean confidential,
        @Nullable Placement assignment,
        long version,

        @ArraySchema(schema = @Schema(allowableValues = {EngagementPolicy.EDIT, EngagementPolicy.DELETE}))
        List<String> allowedActions) {

    /** The engagement as the audit log keeps it: what the reader may do is not part of it. */
    public static EngagementResponse audited(Engagement e) {
        return of(e, List.of());
    }

    public static EngagementResponse of(Engagement e, List<String> allowedActions) {
        return new EngagementResponse(
                e.getRef(),
                e.getTitle(),
                e.getType(),
                e.getDelegations(),
                e.getHeadcount(),
                e.getLayout(),
                e.getDurationMinutes(),
                e.getRequiredFeatures(),
                e.getMinSecurityGrade(),
                e.getEarliestStart(),
                e.getLatestEnd(),
                e.getPreferredSpaces(),
                e.getExcludedSpaces(),
                e.getPriority(),
                e.getAfterEvents(),
                e.isPinned() ? new Placement(e.getPinnedSpaceId(), e.getPinnedStart()) : null,
                e.getPublishedSpaceId() != null ? new Placement(e.getPublishedSpaceId(), e.getPublishedStart()) : null,
                e.isConfidential(),
                e.isScheduled() ? new Placement(e.getAssignedSpaceId(), e.getAssignedStart()) : null,
                e.getVersion(),
                allowedActions);
    }
}
