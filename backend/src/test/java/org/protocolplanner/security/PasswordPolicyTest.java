package org.protocolplanner.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.protocolplanner.shared.web.InvalidRequestException;

/** Twelve characters outside demo mode, the first administrator's rule; demo mode's accounts share "demo". */
class PasswordPolicyTest {

    @Test
    void outsideDemoModeAPasswordNeedsTwelveCharacters() {
        PasswordPolicy production = new PasswordPolicy(false);
        assertThatThrownBy(() -> production.check("password", "eleven-char"))
                .isInstanceOf(InvalidRequestException.class)
                .satisfies(e -> assertThat(((InvalidRequestException) e).errors().get(0).path())
                        .isEqualTo("password"));
        assertThatCode(() -> production.check("password", "twelve-chars")).doesNotThrowAnyException();
        assertThatThrownBy(() -> production.check("password", null)).isInstanceOf(InvalidRequestException.class);
    }

    @Test
    void demoModeTakesTheDemoPassword() {
        PasswordPolicy demo = new PasswordPolicy(true);
        assertThatCode(() -> demo.check("password", "demo")).doesNotThrowAnyException();
        assertThatThrownBy(() -> demo.check("password", "")).isInstanceOf(InvalidRequestException.class);
    }
}
