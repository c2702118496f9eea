package org.protocolplanner.notification;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/** A message to one account in the application; read once its reader marks it so. */
@Entity
@Table(name = "notification")
class Notification {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "account_id", nullable = false)
    private Long accountId;

    @Column(nullable = false)
    private String kind;

    @Column(name = "subject_type")
    private String subjectType;

    @Column(name = "subject_id")
    private String subjectId;

    @Column(nullable = false)
    private String message;

    @Column(name = "plan_id")
    private Long planId;

    @Column(name = "plan_name")
    private String planName;

    @Column(name = "booking_count")
    private Integer bookingCount;

    @Column(name = "venue_count")
    private Integer venueCount;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "read_at")
    private Instant readAt;

    @Version
    private long version;

    protected Notification() {}

    Notification(Long accountId, Notice notice, Instant createdAt) {
        this.accountId = accountId;
        this.kind = notice.kind().name();
        this.subjectType = notice.subjectType();
        this.subjectId = notice.subjectId();
        this.message = notice.message();
        this.planId = notice.planId();
        this.planName = notice.planName();
        this.bookingCount = notice.bookingCount();
        this.venueCount = notice.venueCount();
        this.createdAt = createdAt;
    }

    void markRead(Instant now) {
        if (readAt == null) {
            readAt = now;
        }
    }

    NotificationResponse response() {
        return new NotificationResponse(
                id,
                kind,
                subjectType,
                subjectId,
                planId,
                planName,
                bookingCount,
                venueCount,
                message,
                createdAt,
                readAt,
                readAt != null);
    }

    Long getAccountId() {
        return accountId;
    }
}
