package org.protocolplanner.notification;

import jakarta.persistence.criteria.Predicate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

interface NotificationRepository extends JpaRepository<Notification, Long>, JpaSpecificationExecutor<Notification> {

    long countByAccountIdAndReadAtIsNull(Long accountId);

    /**
     * An account's notifications: all, or the unread ones only, of the filter's plans. A criteria query, so
     * that a {@code sort} naming no property of a notification is refused as such (400 naming {@code sort}).
     */
    static Specification<Notification> mine(long accountId, boolean unreadOnly, PlanFilter plans) {
        return (root, query, criteria) -> {
            List<Predicate> where = new ArrayList<>(List.of(criteria.equal(root.get("accountId"), accountId)));
            if (unreadOnly) {
                where.add(criteria.isNull(root.get("readAt")));
            }
            if (!plans.any()) {
                where.add(
                        plans.planId() == null
                                ? criteria.isNull(root.get("planId"))
                                : criteria.equal(root.get("planId"), plans.planId()));
            }
            return criteria.and(where.toArray(Predicate[]::new));
        };
    }
}
