package org.protocolplanner.notification;

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

    private final NotificationService notifications;

    NotificationController(NotificationService notifications) {
        this.notifications = notifications;
    }

    /** Newest first; {@code unread=true} for the unread ones only. */
    @GetMapping("/api/notifications")
    PageResponse<NotificationResponse> list(
            @RequestParam(defaultValue = "false") boolean unread,
            @PageableDefault(size = 20, sort = "id", direction = Sort.Direction.DESC) Pageable pageable) {
        return notifications.mine(unread, pageable);
    }

    @GetMapping("/api/notifications/unread-count")
    Map<String, Long> unreadCount() {
        return Map.of("count", notifications.unreadCount());
    }

    @PostMapping("/api/notifications/{id}/read")
    NotificationResponse markRead(@PathVariable long id) {
        return notifications.markRead(id);
    }
}
