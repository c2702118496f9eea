package org.protocolplanner.booking;

import jakarta.persistence.LockModeType;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

interface BookingRepository extends JpaRepository<Booking, Long> {

    /**
     * The booking with its row locked until the transaction ends: two answers to one booking take turns,
     * so that the second sees the first one's result (a repeat, or a transition that no longer exists).
     */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select b from Booking b where b.id = ?1")
    Optional<Booking> findLocked(long id);

    List<Booking> findByPlanIdAndStatusIn(Long planId, Collection<BookingStatus> statuses);

    List<Booking> findByEngagementIdAndStatus(Long engagementId, BookingStatus status);

    @Query("select b.id from Booking b where b.status = 'REQUESTED' and b.answerBy <= ?1 order by b.answerBy, b.id")
    List<Long> findOpenRequestsDueBy(Instant now);
}
