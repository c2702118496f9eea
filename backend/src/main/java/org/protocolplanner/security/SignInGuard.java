package org.protocolplanner.security;

import java.time.Instant;
import java.util.Optional;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/**
 * Checks a name and password (form sign-in and HTTP Basic alike) unless the name or the caller's address
 * is locked, and counts each wrong password towards a lock. A locked caller is refused before the
 * password is even checked, so that guessing on during a lock learns nothing.
 */
class SignInGuard implements AuthenticationProvider {

    private final DaoAuthenticationProvider passwords;
    private final SignInLocks locks;

    SignInGuard(DaoAuthenticationProvider passwords, SignInLocks locks) {
        this.passwords = passwords;
        this.locks = locks;
    }

    @Override
    public Authentication authenticate(Authentication attempt) {
        String username = attempt.getName();
        String address = attempt.getDetails() instanceof WebAuthenticationDetails details
                ? details.getRemoteAddress() : "unknown";
        Optional<Instant> lockedUntil = locks.lockedUntil(username, address);
        if (lockedUntil.isPresent()) {
            throw new LockedException("locked until " + lockedUntil.get());
        }
        Authentication signedIn;
        try {
            signedIn = passwords.authenticate(attempt);
        } catch (BadCredentialsException e) {
            locks.failed(username, address);
            throw e;
        }
        locks.succeeded(username);
        return signedIn;
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }
}
