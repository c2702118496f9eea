package org.protocolplanner.security;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface AccountRepository extends JpaRepository<Account, Long> {

    Optional<Account> findByUsername(String username);

    /** Whether the name is a local account's, whose password is checked here rather than by the directory. */
    boolean existsByUsernameAndDirectoryManagedFalse(String username);
}
