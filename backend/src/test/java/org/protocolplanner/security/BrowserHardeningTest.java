package org.protocolplanner.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The Content Security Policy as the browser gets it, with and without a map tile server. */
class BrowserHardeningTest {

    @Test
    void withoutATileServerImagesComeFromTheApplicationAndDataUrisOnly() {
        assertThat(BrowserHardening.contentSecurityPolicy(List.of()))
                .isEqualTo("default-src 'self'; "
                        + "script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; object-src 'none'; "
                        + "base-uri 'self'; form-action 'self'; frame-ancestors 'none'");
    }

    @Test
    void aTileServersHostsAreAllowedForImagesAndNothingElse() {
        String policy = BrowserHardening.contentSecurityPolicy(
                List.of("https://a.tile.example.org", "https://b.tile.example.org"));

        assertThat(policy).contains("; img-src 'self' data: https://a.tile.example.org https://b.tile.example.org;");
        assertThat(policy.split("tile.example.org", -1))
                .as("named once per host, in img-src only")
                .hasSize(3);
    }
}
