package org.protocolplanner.notification;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.protocolplanner.security.AccountQueries;
import org.protocolplanner.security.Role;
import org.springframework.stereotype.Component;

/** Who is concerned: the protocol officers, or the managers of a venue; enabled accounts only. */
@Component
public class Recipients {

    private final AccountQueries accounts;

    Recipients(AccountQueries accounts) {
        this.accounts = accounts;
    }

    public List<Long> officers() {
        return accounts.enabledWithRole(Role.PROTOCOL_OFFICER);
    }

    public List<Long> managersOf(String venueId) {
        return accounts.enabledManagersOf(venueId);
    }

    /** The managers of each of these venues; a venue without managers is left out. */
    public Map<String, List<Long>> managersOf(Collection<String> venueIds) {
        return accounts.enabledManagersOf(venueIds);
    }
}
