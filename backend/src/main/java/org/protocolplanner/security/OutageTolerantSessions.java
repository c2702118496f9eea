package org.protocolplanner.security;

import java.util.Map;
import org.protocolplanner.shared.database.DatabaseFaults;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;

/**
 * The browser sessions' store, kept from costing a request its answer while the database is at fault.
 * A signed-in request's session is saved (at least its last access) as its answer is committed, after
 * the request's own work: a failure there would drop the connection instead of letting the answer
 * already decided reach the browser (a 503 with {@code Retry-After}, or the 201 of a write that was
 * made). Such a save is let go; losing a last-access time costs nothing. Reading or ending a session
 * still fails with the database, inside the request, where the outage is answered 503.
 */
final class OutageTolerantSessions<S extends Session> implements FindByIndexNameSessionRepository<S> {

    private static final Logger log = LoggerFactory.getLogger(OutageTolerantSessions.class);

    private final FindByIndexNameSessionRepository<S> sessions;
    private final DatabaseFaults faults;

    OutageTolerantSessions(FindByIndexNameSessionRepository<S> sessions, DatabaseFaults faults) {
        this.sessions = sessions;
        this.faults = faults;
    }

    @Override
    public S createSession() {
        return sessions.createSession();
    }

    @Override
    public void save(S session) {
        try {
            sessions.save(session);
        } catch (RuntimeException e) {
            if (faults.classify(e).isEmpty()) {
                throw e;
            }
            log.warn("A browser session's changes were not saved: the database is at fault ({})", e.getMessage());
        }
    }

    @Override
    public S findById(String id) {
        return sessions.findById(id);
    }

    @Override
    public void deleteById(String id) {
        sessions.deleteById(id);
    }

    @Override
    public Map<String, S> findByIndexNameAndIndexValue(String indexName, String indexValue) {
        return sessions.findByIndexNameAndIndexValue(indexName, indexValue);
    }
}
