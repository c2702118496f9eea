package org.protocolplanner.plan;

import jakarta.persistence.LockModeType;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface PlanRepository extends JpaRepository<Plan, Long> {

    /**
     * The plan with its row locked until the transaction ends. Every change to a plan's content moves the
     * plan's revision (and so its version): two officers changing two engagements of one plan at the same
     * moment must wait for each other, not have one of them told that someone else changed the record.
     */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select p from Plan p where p.id = :id")
    Optional<Plan> findByIdForChange(@Param("id") long id);
}
