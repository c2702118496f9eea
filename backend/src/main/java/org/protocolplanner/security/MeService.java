package org.protocolplanner.security;

import java.util.List;
import org.protocolplanner.shared.web.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The signed-in user's own view of their account, and their preferences. */
@Service
public class MeService {

    private final AccountRepository accounts;

    MeService(AccountRepository accounts) {
        this.accounts = accounts;
    }

    @Transactional(readOnly = true)
    public MeResponse me(PlannerUser user) {
        return toResponse(load(user));
    }

    @Transactional
    public MeResponse setLanguage(PlannerUser user, String language) {
        Account account = load(user);
        account.setLanguage(language);
        return toResponse(account);
    }

    private Account load(PlannerUser user) {
        return accounts.findById(user.accountId()).orElseThrow(() -> new NotFoundException("account", user.username()));
    }

    private static MeResponse toResponse(Account account) {
        return new MeResponse(account.getUsername(), account.getDisplayName(),
                account.getRoles().stream().sorted().toList(),
                account.getManagedVenueIds().stream().sorted().toList(), account.getLanguage());
    }
}
