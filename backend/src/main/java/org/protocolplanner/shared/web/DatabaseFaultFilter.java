package org.protocolplanner.shared.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.protocolplanner.shared.database.DatabaseFaults;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.annotation.Order;
import org.springframework.session.web.http.SessionRepositoryFilter;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Answers 503 for a database fault that escapes the filters before Spring MVC, above all the sign-in
 * check, which reads the database on every HTTP Basic request. Escaped, such a fault was forwarded to
 * the error page, which the security rules deny to an unsigned request: the caller was told "sign in
 * first" (401) after the pool's wait, as if the password were wrong. Runs before the security filters,
 * and before the filter that loads and saves the browser's session in the database, which meets the same
 * faults. That filter also reads the session again once the answer has been sent: a fault there leaves
 * the answer as it was sent, where rethrowing it would make the server drop the connection.
 */
@Component
@Order(SessionRepositoryFilter.DEFAULT_ORDER - 10)
class DatabaseFaultFilter extends OncePerRequestFilter {

    private static final Logger log = LoggerFactory.getLogger(DatabaseFaultFilter.class);

    private final ProblemWriter problems;
    private final DatabaseFaults faults;

    DatabaseFaultFilter(ProblemWriter problems, DatabaseFaults faults) {
        this.problems = problems;
        this.faults = faults;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        try {
            chain.doFilter(request, response);
        } catch (IOException | ServletException | RuntimeException e) {
            if (problems.writeDatabaseFault(request, response, e)) {
                return;
            }
            if (response.isCommitted() && faults.classify(e).isPresent()) {
                log.warn(
                        "The database failed after {} {} had been answered {}: the answer stands ({})",
                        request.getMethod(),
                        request.getRequestURI(),
                        response.getStatus(),
                        e.getMessage());
                return;
            }
            throw e;
        }
    }
}
