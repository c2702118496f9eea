package org.protocolplanner.delegation;

import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

public interface DelegationRepository extends JpaRepository<Delegation, Long> {

    List<Delegation> findByPlanIdOrderByPosition(Long planId);

    Page<Delegation> findByPlanId(Long planId, Pageable pageable);

    Optional<Delegation> findByPlanIdAndRef(Long planId, String ref);

    void deleteByPlanId(Long planId);

    long countByPlanId(Long planId);
}
