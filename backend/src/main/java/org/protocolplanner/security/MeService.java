package org.protocolplanner.security;

import java.util.List;
import org.protocolplanner.audit.AuditLog;
import org.protocolplanner.audit.AuditedEntity;
import org.protocolplanner.shared.web.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The signed-in user's own view of their account, and their preferences. */
@Service
public class MeService {

    private final AccountRepository accounts;
    private final AuditLog audit;
    private final List<UserActions> actions;

    MeService(AccountRepository accounts, AuditLog audit, List<UserActions> actions) {
        this.accounts = accounts;
        this.audit = audit;
        this.actions = actions;
    }

    @Transactional(readOnly = true)
    public MeResponse me(PlannerUser user) {
        return toResponse(load(user), user);
    }

    @Transactional
    public MeResponse setLanguage(PlannerUser user, String language) {
        Account account = load(user);
        AccountResponse before = AccountResponse.of(account);
        account.setLanguage(language);
        accounts.flush();
        audit.record(AuditedEntity.ACCOUNT, account.getUsername(), "preferences", before, AccountResponse.of(account));
        return toResponse(account, user);
    }

    private Account load(PlannerUser user) {
        return accounts.findById(user.accountId()).orElseThrow(() -> new NotFoundException("account", user.username()));
    }

    /** The account as stored; what it may do as its sign-in holds it, as every check of this session does. */
    private MeResponse toResponse(Account account, PlannerUser user) {
        return new MeResponse(
                account.getUsername(),
                account.getDisplayName(),
                account.getRoles().stream().sorted().toList(),
                account.getManagedVenueIds().stream().sorted().toList(),
                account.getLanguage(),
                actions.stream()
                        .flatMap(module -> module.allowedActions(user).stream())
                        .sorted()
                        .toList());
    }
}
