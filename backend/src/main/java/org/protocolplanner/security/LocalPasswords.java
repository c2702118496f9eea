package org.protocolplanner.security;

import java.nio.charset.StandardCharsets;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * The password check of local accounts, against their hashes in the account table. A password longer than
 * BCrypt's {@value PasswordPolicy#MAXIMUM_BYTES} bytes is wrong without a check: no local account has one.
 */
public class LocalPasswords implements AuthenticationProvider {

    private final DaoAuthenticationProvider passwords;

    public LocalPasswords(UserDetailsService accounts, PasswordEncoder passwordEncoder) {
        this.passwords = new DaoAuthenticationProvider(accounts);
        this.passwords.setPasswordEncoder(passwordEncoder);
    }

    @Override
    public Authentication authenticate(Authentication attempt) {
        if (!fitsBCrypt(attempt.getCredentials())) {
            throw new BadCredentialsException("Bad credentials");
        }
        return passwords.authenticate(attempt);
    }

    private static boolean fitsBCrypt(Object credentials) {
        return credentials instanceof String password
                && password.getBytes(StandardCharsets.UTF_8).length <= PasswordPolicy.MAXIMUM_BYTES;
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }
}
