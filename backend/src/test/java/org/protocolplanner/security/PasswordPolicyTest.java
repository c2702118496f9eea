package org.protocolplanner.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.protocolplanner.shared.web.InvalidRequestException;

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
        assertThat(production.brokenRule("长城故宫天坛颐和园北海公", null))
                .as("twelve characters, not bytes")
                .isNull();
    }

    @Test
    void commonPasswordsAreRefusedWhateverTheirCase() {
        assertThat(production.brokenRule("password1234", null)).contains("too common");
        assertThat(production.brokenRule("Qwertyuiopasdfgh", null)).contains("too common");
        assertThat(production.brokenRule("123456789012", null)).contains("too common");
        assertThat(production.brokenRule("qwertyqwerty", null))
                .as("a listed one repeated")
                .contains("too common");
        assertThat(production.brokenRule("zzzzzzzzzzzzzz", null))
                .as("one character")
                .contains("too common");
        assertThat(production.brokenRule("Protocol Planner", null))
                .as("the service's name")
                .contains("too common");
        assertThat(production.brokenRule("correct horse battery staple", null)).isNull();
    }

    @Test
    void aPasswordMayNotContainTheUserName() {
        assertThat(production.brokenRule("my-name-is-Zhang.Wei!", "zhang.wei")).contains("user name");
        assertThat(production.brokenRule("my-name-is-Zhang.Wei!", "li.na")).isNull();
        assertThat(production.brokenRule("a perfectly fine phrase", "a"))
                .as("a one-letter name is in every word")
                .isNull();
    }

    @Test
    void noCompositionRules() {
        assertThat(production.brokenRule("all lower case words here", null)).isNull();
        assertThat(production.brokenRule("593028174650", null)).isNull();
    }

    @Test
    void neverMoreThanBCryptsSeventyTwoBytes() {
        assertThat(production.brokenRule("pq".repeat(36), null)).isNull();
        assertThat(production.brokenRule("p".repeat(73), null)).contains("72 bytes");
        assertThat(production.brokenRule("密码".repeat(12), null))
                .as("72 bytes in UTF-8")
                .isNull();
        assertThat(production.brokenRule("密".repeat(25), null))
                .as("75 bytes in UTF-8")
                .contains("72 bytes");
        assertThat(new PasswordPolicy(true).brokenRule("p".repeat(73), null)).contains("72 bytes");
    }

    @Test
    void demoModeTakesTheDemoPassword() {
        PasswordPolicy demo = new PasswordPolicy(true);
        assertThatCode(() -> demo.check("password", "demo", "officer")).doesNotThrowAnyException();
        assertThatThrownBy(() -> demo.check("password", "")).isInstanceOf(InvalidRequestException.class);
    }
}
