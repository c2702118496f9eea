package org.protocolplanner.solving;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface SolveJobRepository extends JpaRepository<SolveJob, Long> {

    List<SolveJob> findByStateIn(Collection<SolveState> states);
}
