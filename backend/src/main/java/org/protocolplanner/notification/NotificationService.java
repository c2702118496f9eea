package org.protocolplanner.notification;

import java.time.Clock;
import java.util.Collection;
import java.util.LinkedHashSet;
import org.protocolplanner.security.CurrentUser;
import org.protocolplanner.shared.web.NotFoundException;
import org.protocolplanner.shared.web.PageResponse;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * In-app notifications, and the same by e-mail where SMTP is configured. Callers word the message for
 * its readers (a confidential engagement's title never goes to a venue manager): it is stored and
 * mailed as given.
 */
@Service
public class NotificationService {

    private final NotificationRepository notifications;
    private final NotificationGroups groups;
    private final NotificationMailer mailer;
    private final Clock clock;

    NotificationService(
            NotificationRepository notifications, NotificationGroups groups, NotificationMailer mailer, Clock clock) {
        this.notifications = notifications;
        this.groups = groups;
        this.mailer = mailer;
        this.clock = clock;
    }

    /** Notifies each account once, in the caller's transaction; the e-mails leave after it commits. */
    @Transactional
    public void notify(Collection<Long> accountIds, Notice notice) {
        for (Long accountId : new LinkedHashSet<>(accountIds)) {
            notifications.save(new Notification(accountId, notice, clock.instant()));
        }
        mailer.sendAfterCommit(accountIds, notice.subject(), notice.message());
    }

    /** @param plan absent for every plan's, a plan id, or {@code none} for those about no plan */
    @Transactional(readOnly = true)
    public PageResponse<NotificationResponse> mine(boolean unreadOnly, String plan, Pageable pageable) {
        return PageResponse.of(notifications
                .findAll(
                        NotificationRepository.mine(CurrentUser.get().accountId(), unreadOnly, PlanFilter.parse(plan)),
                        pageable)
                .map(Notification::response));
    }

    /** My notifications counted by plan, the plan of the newest first. */
    @Transactional(readOnly = true)
    public PageResponse<NotificationGroup> byPlan(boolean unreadOnly, Pageable pageable) {
        return PageResponse.of(groups.of(CurrentUser.get().accountId(), unreadOnly, pageable));
    }

    @Transactional(readOnly = true)
    public long unreadCount() {
        return notifications.countByAccountIdAndReadAtIsNull(CurrentUser.get().accountId());
    }

    /** Marks one of my notifications read; someone else's is as unknown as one that does not exist. */
    @Transactional
    public NotificationResponse markRead(long id) {
        Notification notification = notifications
                .findById(id)
                .filter(found -> found.getAccountId().equals(CurrentUser.get().accountId()))
                .orElseThrow(() -> new NotFoundException("notification", id));
        notification.markRead(clock.instant());
        return notifications.saveAndFlush(notification).response();
    }

    /**
     * Marks all my unread notifications read, or those of one plan.
     *
     * @param plan as for {@link #mine}
     * @return how many were unread
     */
    @Transactional
    public int markAllRead(String plan) {
        return groups.markRead(CurrentUser.get().accountId(), PlanFilter.parse(plan), clock.instant());
    }
}
