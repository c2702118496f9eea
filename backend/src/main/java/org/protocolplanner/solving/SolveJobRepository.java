package org.protocolplanner.solving;

import jakarta.persistence.LockModeType;
import java.time.Instant;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

interface SolveJobRepository extends JpaRepository<SolveJob, Long> {

    /**
     * The plan's job row, locked until the transaction ends: every change of a solve's state reads the
     * row this way, so that two instances (a claim and a stop, an end and a booking answer's pause) take
     * turns on it and each sees what the other wrote.
     */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select j from SolveJob j where j.planId = :planId")
    Optional<SolveJob> lock(long planId);

    /** Waiting requests, a reserved place aside (it waits for a booking answer, not for a solver). */
    @Query("select count(j) from SolveJob j where j.state = org.protocolplanner.solving.SolveState.QUEUED"
            + " and j.reservedAt is null")
    long countWaiting();

    /** Waiting requests accepted before {@code queuedAt}. */
    @Query("select count(j) from SolveJob j where j.state = org.protocolplanner.solving.SolveState.QUEUED"
            + " and j.reservedAt is null and j.queuedAt < :queuedAt")
    long countWaitingBefore(Instant queuedAt);
}
