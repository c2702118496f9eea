package org.protocolplanner.security;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/**
 * Checks a name and password (form sign-in and HTTP Basic alike, local or the directory's) only after
 * {@link SignInThrottle} has granted the attempt, and tells it the outcome. A refused attempt never reaches the
 * password check, so that guessing on while throttled learns nothing and costs no hashing or directory call.
 *
 * <p>A name that cannot be an account's (empty, too long, odd characters) is wrong without a check: no account
 * has it.
 */
public class SignInGuard implements AuthenticationProvider {

    private final AuthenticationProvider passwords;
    private final SignInThrottle throttle;

    public SignInGuard(AuthenticationProvider passwords, SignInThrottle throttle) {
        this.passwords = passwords;
        this.throttle = throttle;
    }

    @Override
    public Authentication authenticate(Authentication attempt) {
        String username = attempt.getName();
        String address =
                attempt.getDetails() instanceof WebAuthenticationDetails details && details.getRemoteAddress() != null
                        ? details.getRemoteAddress()
                        : "unknown";
        SignInThrottle.Attempt claimed = throttle.claim(username, address);
        Authentication signedIn;
        try {
            if (claimed.username() == null) {
                throw new BadCredentialsException("Bad credentials");
            }
            signedIn = passwords.authenticate(attempt);
        } catch (BadCredentialsException e) {
            throttle.failed(claimed);
            throw e;
        } catch (RuntimeException e) {
            throttle.abandoned(claimed);
            throw e;
        }
        throttle.succeeded(claimed);
        return signedIn;
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }
}
