package org.protocolplanner.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.protocolplanner.shared.web.InvalidRequestException;
import org.protocolplanner.shared.web.Message;

/**
 * NIST SP 800-63B outside demo mode: twelve characters, not a common password, not containing the name, no
 * composition rules; never over BCrypt's 72 bytes. Demo mode's accounts share "demo".
 */
class PasswordPolicyTest {

    private final PasswordPolicy production = new PasswordPolicy(false);

    @Test
    void outsideDemoModeAPasswordNeedsTwelveCharacters() {
        assertThatThrownBy(() -> production.check("password", "eleven-char"))
                .isInstanceOf(InvalidRequestException.class)
                .satisfies(e -> assertThat(
                                ((InvalidRequestException) e).errors().get(0).path())
                        .isEqualTo("password"));
        assertThatCode(() -> production.check("password", "twelve-chars")).doesNotThrowAnyException();
        assertThatThrownBy(() -> production.check("password", null)).isInstanceOf(InvalidRequestException.class);
        assertThat(englishRule(production, "长城故宫天坛颐和园北海公", null))
                .as("twelve characters, not bytes")
                .isNull();
    }

    @Test
    void commonPasswordsAreRefusedWhateverTheirCase() {
        assertThat(englishRule(production, "password1234", null)).contains("too common");
        assertThat(englishRule(production, "Qwertyuiopasdfgh", null)).contains("too common");
        assertThat(englishRule(production, "123456789012", null)).contains("too common");
        assertThat(englishRule(production, "qwertyqwerty", null))
                .as("a listed one repeated")
                .contains("too common");
        assertThat(englishRule(production, "zzzzzzzzzzzzzz", null))
                .as("one character")
                .contains("too common");
        assertThat(englishRule(production, "Protocol Planner", null))
                .as("the service's name")
                .contains("too common");
        assertThat(englishRule(production, "correct horse battery staple", null))
                .isNull();
    }

    @Test
    void aPasswordMayNotContainTheUserName() {
        assertThat(englishRule(production, "my-name-is-Zhang.Wei!", "zhang.wei"))
                .contains("user name");
        assertThat(englishRule(production, "my-name-is-Zhang.Wei!", "li.na")).isNull();
        assertThat(englishRule(production, "a perfectly fine phrase", "a"))
                .as("a one-letter name is in every word")
                .isNull();
    }

    @Test
    void noCompositionRules() {
        assertThat(englishRule(production, "all lower case words here", null)).isNull();
        assertThat(englishRule(production, "593028174650", null)).isNull();
    }

    @Test
    void neverMoreThanBCryptsSeventyTwoBytes() {
        assertThat(englishRule(production, "pq".repeat(36), null)).isNull();
        assertThat(englishRule(production, "p".repeat(73), null)).contains("72 bytes");
        assertThat(englishRule(production, "密码".repeat(12), null))
                .as("72 bytes in UTF-8")
                .isNull();
        assertThat(englishRule(production, "密".repeat(25), null))
                .as("75 bytes in UTF-8")
                .contains("72 bytes");
        assertThat(englishRule(new PasswordPolicy(true), "p".repeat(73), null)).contains("72 bytes");
    }

    @Test
    void demoModeTakesTheDemoPassword() {
        PasswordPolicy demo = new PasswordPolicy(true);
        assertThatCode(() -> demo.check("password", "demo", "officer")).doesNotThrowAnyException();
        assertThatThrownBy(() -> demo.check("password", "")).isInstanceOf(InvalidRequestException.class);
    }

    /** The rule a password breaks, as the API words it in English; null when it breaks none. */
    private static String englishRule(PasswordPolicy policy, String password, String username) {
        Message broken = policy.brokenRule(password, username);
        return broken == null ? null : broken.english();
    }
}
