package org.protocolplanner.plan;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface PlanClosureRepository extends JpaRepository<PlanClosure, Long> {

    List<PlanClosure> findByPlanIdOrderByPosition(Long planId);

    void deleteByPlanId(Long planId);
}
