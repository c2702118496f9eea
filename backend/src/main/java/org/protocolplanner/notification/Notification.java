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

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "read_at")
    private Instant readAt;

    @Version
    private long version;

    protected Notification() {}

    Notification(
            Long accountId,
            NotificationKind kind,
            String subjectType,
            String subjectId,
            String message,
            Instant createdAt) {
        this.accountId = accountId;
        this.kind = kind.name();
        this.subjectType = subjectType;
        this.subjectId = subjectId;
        this.message = message;
        this.createdAt = createdAt;
    }

    void markRead(Instant now) {
        if (readAt == null) {
            readAt = now;
        }
    }

    NotificationResponse response() {
        return new NotificationResponse(id, kind, subjectType, subjectId, message, createdAt, readAt, readAt != null);
    }

    Long getAccountId() {
        return accountId;
    }
}
