package org.protocolplanner.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.protocolplanner.support.Api;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Outside demo mode, on a database of its own: no demo account, and the first administrator comes
 * from the environment with a password of at least 12 characters.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "planner.test.database=outside_demo_mode",
            "planner.demo=false",
            "planner.admin.username=chief",
            "planner.admin.password=correct-horse-battery"
        })
class FirstAdministratorIT {

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    AccountBootstrap bootstrap;

    @Test
    void createsOnlyTheConfiguredAdministratorWithAHashedPassword() {
        assertThat(jdbc.queryForList("select username from account", String.class))
                .containsExactly("chief");
        assertThat(jdbc.queryForObject("select password_hash from account", String.class))
                .startsWith("{bcrypt}")
                .doesNotContain("correct-horse-battery");
        assertThat(jdbc.queryForObject("select count(*) from plan", Integer.class))
                .isZero();

        Api.Answer me = Api.anonymous(port)
                .send(Api.anonymous(port)
                        .request("/api/me")
                        .header(
                                "Authorization",
                                "Basic "
                                        + Base64.getEncoder()
                                                .encodeToString(
                                                        "chief:correct-horse-battery".getBytes(StandardCharsets.UTF_8)))
                        .GET());
        assertThat(me.status()).isEqualTo(200);
        assertThat(Api.as(port, "officer").get("/api/me").status())
                .as("no demo accounts")
                .isEqualTo(401);
    }

    @Test
    void refusesAnAdministratorPasswordShorterThanTwelveCharacters() {
        assertThatIllegalStateException()
                .isThrownBy(() ->
                        bootstrap.createFirstAdministrator(new AccountBootstrap.AdminProperties("chief", "short-pass")))
                .withMessageContaining("at least 12 characters");
    }
}
