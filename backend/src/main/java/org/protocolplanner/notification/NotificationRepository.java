package org.protocolplanner.notification;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface NotificationRepository extends JpaRepository<Notification, Long> {

    /**
     * An account's notifications: all, or the unread ones only; of every plan ({@code anyPlan}), or of one
     * plan ({@code plan}), or of none ({@code plan} null).
     */
    @Query("""
            select n from Notification n where n.accountId = :account
               and (:unreadOnly = false or n.readAt is null)
               and (:anyPlan = true or (:plan is null and n.planId is null) or n.planId = :plan)""")
    Page<Notification> findMine(@Param("account") long accountId, @Param("unreadOnly") boolean unreadOnly,
            @Param("anyPlan") boolean anyPlan, @Param("plan") Long planId, Pageable pageable);

    long countByAccountIdAndReadAtIsNull(Long accountId);
}
