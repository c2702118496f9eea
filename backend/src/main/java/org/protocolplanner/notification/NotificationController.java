package org.protocolplanner.notification;

import io.swagger.v3.oas.annotations.Parameter;
import java.util.Map;
import org.protocolplanner.shared.web.PageResponse;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.web.PageableDefault;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** My notifications: every signed-in user has their own (docs/reference/roles.md, role matrix). */
@RestController
class NotificationController {

    private static final String PLAN = "absent: every plan's; a plan id: that plan's; none: those about no plan";

    private final NotificationService notifications;

    NotificationController(NotificationService notifications) {
        this.notifications = notifications;
    }

    /** Newest first; {@code unread=true} for the unread ones only, {@code plan} for one plan's. */
    @GetMapping("/api/notifications")
    PageResponse<NotificationResponse> list(
            @RequestParam(defaultValue = "false") boolean unread,
            @Parameter(description = PLAN) @RequestParam(required = false) String plan,
            @PageableDefault(size = 20, sort = "id", direction = Sort.Direction.DESC) Pageable pageable) {
        return notifications.mine(unread, plan, pageable);
    }

    /** My notifications counted by the plan they are about, the plan of the newest first. */
    @GetMapping("/api/notifications/plans")
    PageResponse<NotificationGroup> byPlan(
            @RequestParam(defaultValue = "false") boolean unread, @PageableDefault(size = 10) Pageable pageable) {
        return notifications.byPlan(unread, pageable);
    }

    @GetMapping("/api/notifications/unread-count")
    Map<String, Long> unreadCount() {
        return Map.of("count", notifications.unreadCount());
    }

    @PostMapping("/api/notifications/{id}/read")
    NotificationResponse markRead(@PathVariable long id) {
        return notifications.markRead(id);
    }

    /** Marks all my unread notifications read, or one plan's; answers how many were unread. */
    @PostMapping("/api/notifications/read")
    Map<String, Integer> markAllRead(@Parameter(description = PLAN) @RequestParam(required = false) String plan) {
        return Map.of("marked", notifications.markAllRead(plan));
    }
}
