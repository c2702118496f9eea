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
    private final NotificationMailer mailer;
    private final Clock clock;

    NotificationService(NotificationRepository notifications, NotificationMailer mailer, Clock clock) {
        this.notifications = notifications;
        this.mailer = mailer;
        this.clock = clock;
    }

    /**
     * Notifies each account once, in the caller's transaction; the e-mails leave after it commits.
     *
     * @param subject the e-mail's subject line
     */
    @Transactional
    public void notify(
            Collection<Long> accountIds,
            NotificationKind kind,
            String subjectType,
            String subjectId,
            String subject,
            String message) {
        for (Long accountId : new LinkedHashSet<>(accountIds)) {
            notifications.save(new Notification(accountId, kind, subjectType, subjectId, message, clock.instant()));
        }
        mailer.sendAfterCommit(accountIds, subject, message);
    }

    @Transactional(readOnly = true)
    public PageResponse<NotificationResponse> mine(boolean unreadOnly, Pageable pageable) {
        Long me = CurrentUser.get().accountId();
        return PageResponse.of((unreadOnly
                        ? notifications.findByAccountIdAndReadAtIsNull(me, pageable)
                        : notifications.findByAccountId(me, pageable))
                .map(Notification::response));
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
}
