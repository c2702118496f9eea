package org.protocolplanner.security.directory;

import org.jspecify.annotations.Nullable;

/**
 * What the sign-in page offers: the password form always, and the office directory when one is configured.
 *
 * @param directory none when no directory is configured
 */
public record SignInOptions(@Nullable DirectoryOption directory) {

    /**
     * @param name what the page calls the directory ("Sign in with ..."); null: the page's own words for it
     * @param nameZh the same in Chinese; null: {@code name}, else the page's own words
     * @param passwords whether the password form takes the directory's passwords (LDAP)
     * @param signInUrl where the browser goes to sign in on the directory's own page (OpenID Connect); null: none
     */
    public record DirectoryOption(
            @Nullable String name,
            @Nullable String nameZh,
            boolean passwords,
            @Nullable String signInUrl) {}
}
