package org.protocolplanner.engagement;

import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

public interface EngagementRepository extends JpaRepository<Engagement, Long> {

    List<Engagement> findByPlanIdOrderByPosition(Long planId);

    Page<Engagement> findByPlanId(Long planId, Pageable pageable);

    Optional<Engagement> findByPlanIdAndRef(Long planId, String ref);

    void deleteByPlanId(Long planId);

    long countByPlanId(Long planId);
}
