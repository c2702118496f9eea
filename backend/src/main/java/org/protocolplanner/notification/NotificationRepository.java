package org.protocolplanner.notification;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

interface NotificationRepository extends JpaRepository<Notification, Long> {

    Page<Notification> findByAccountId(Long accountId, Pageable pageable);

    Page<Notification> findByAccountIdAndReadAtIsNull(Long accountId, Pageable pageable);

    long countByAccountIdAndReadAtIsNull(Long accountId);
}
