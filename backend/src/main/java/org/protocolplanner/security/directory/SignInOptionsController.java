package org.protocolplanner.security.directory;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** Public, as the sign-in page is: it tells only whether and how the office directory signs people in. */
@RestController
class SignInOptionsController {

    private final SignInOptions options;

    SignInOptionsController(DirectoryProperties directory) {
        this.options = new SignInOptions(directory.isConfigured() ? directoryOption(directory) : null);
    }

    @GetMapping("/api/sign-in-options")
    SignInOptions signInOptions() {
        return options;
    }

    private static SignInOptions.DirectoryOption directoryOption(DirectoryProperties directory) {
        String name = blankAsNull(directory.name());
        String nameZh = blankAsNull(directory.nameZh());
        return new SignInOptions.DirectoryOption(
                name,
                nameZh == null ? name : nameZh,
                directory.ldap().isConfigured(),
                directory.oidc().isConfigured() ? OidcDirectory.SIGN_IN_URL : null);
    }

    private static String blankAsNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
