package org.protocolplanner.security;

import jakarta.validation.Valid;
import java.net.URI;
import org.protocolplanner.shared.web.PageResponse;
import org.springframework.data.domain.Pageable;
import org.springframework.data.web.PageableDefault;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * Accounts, roles and venue-manager assignments: administrators only (docs/reference/roles.md; the
 * filter chain checks the role).
 */
@RestController
class AccountController {

    private final AccountService accounts;

    AccountController(AccountService accounts) {
        this.accounts = accounts;
    }

    @GetMapping("/api/accounts")
    PageResponse<AccountResponse> list(@PageableDefault(size = 50) Pageable pageable) {
        return PageResponse.of(accounts.list(pageable));
    }

    @PostMapping("/api/accounts")
    ResponseEntity<AccountResponse> create(@Valid @RequestBody AccountRequests.NewAccount request) {
        AccountResponse created = accounts.create(request);
        return ResponseEntity.created(URI.create("/api/accounts/" + created.id()))
                .body(created);
    }

    @PutMapping("/api/accounts/{id}")
    AccountResponse update(@PathVariable long id, @Valid @RequestBody AccountRequests.AccountChange request) {
        return accounts.update(id, request);
    }

    @PostMapping("/api/accounts/{id}/disable")
    AccountResponse disable(
            @PathVariable long id, @RequestBody(required = false) AccountRequests.AccountAction action) {
        return accounts.disable(id, action == null ? null : action.version());
    }

    @PostMapping("/api/accounts/{id}/enable")
    AccountResponse enable(@PathVariable long id, @RequestBody(required = false) AccountRequests.AccountAction action) {
        return accounts.enable(id, action == null ? null : action.version());
    }

    @PostMapping("/api/accounts/{id}/password-reset")
    AccountResponse resetPassword(@PathVariable long id, @Valid @RequestBody AccountRequests.PasswordReset request) {
        return accounts.resetPassword(id, request);
    }
}
