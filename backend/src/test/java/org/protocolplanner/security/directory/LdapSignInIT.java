package org.protocolplanner.security.directory;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.protocolplanner.support.Api;
import org.protocolplanner.support.FromAddress;
import org.protocolplanner.support.MovableClock;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;

/**
 * Signing in with the office's LDAP directory (a real one, in memory): the password form and HTTP Basic take
 * the directory's passwords, the first sign-in makes a directory account, roles follow the groups at every
 * sign-in, and the local administrator stays the way in beside the directory. Each test signs in people of its
 * own, and fails sign-ins from loopback addresses of its own (127.0.0.90-99).
 */
@DirectorySignInTest
class LdapSignInIT {

    private static final String GREAT_HALL = "great-hall-of-the-people";

    @LocalServerPort
    int port;

    @Autowired
    OfficeDirectory directory;

    @Autowired
    MovableClock clock;

    @Autowired
    JdbcTemplate jdbc;

    LocalAdministrator admin;

    @BeforeEach
    void theLocalAdministrator() {
        admin = new LocalAdministrator(port);
    }

    @AfterEach
    void timeRunsNormally() {
        clock.reset();
    }

    @Test
    void theRightPasswordSignsInWithTheRoleOfTheGroupAndMakesADirectoryAccount() {
        Api browser = Api.signedIn(port, "wang.fang", "summit-week-2027");

        JsonNode me = browser.get("/api/me").json();
        assertThat(me.get("username").asString()).isEqualTo("wang.fang");
        assertThat(me.get("displayName").asString()).isEqualTo("王芳");
        assertThat(me.get("roles").toString()).isEqualTo("[\"PROTOCOL_OFFICER\"]");
        assertThat(browser.get("/api/plans").status()).isEqualTo(200);
        assertThat(jdbc.queryForMap("select directory_managed, password_hash, email from account"
                        + " where username = 'wang.fang'"))
                .containsEntry("directory_managed", true)
                .containsEntry("password_hash", null)
                .containsEntry("email", "wang.fang@fao.example");
        assertThat(jdbc.queryForObject(
                        "select actor from audit_log where entity_type = 'account'"
                                + " and entity_id = 'wang.fang' and action = 'create'",
                        String.class))
                .isEqualTo("office directory");
    }

    @Test
    void aWrongPasswordIsRefusedAndCountsWithTheThrottle() {
        clock.stop();
        FromAddress stranger = FromAddress.of(port, "127.0.0.90");
        FromAddress.Answer wrong = stranger.formSignIn("zhao.lei", "not-the-password");
        assertThat(wrong.status()).isEqualTo(401);
        assertThat(wrong.json().get("detail").asString()).isEqualTo("Wrong username or password.");
        assertThat(stranger.basic("/api/me", "zhao.lei", "").status())
                .as("an empty password is no anonymous bind")
                .isEqualTo(401);
        assertThat(stranger.basic("/api/me", "nobody.in.the.directory", "whatever")
                        .status())
                .isEqualTo(401);
        for (int i = 0; i < 2; i++) {
            assertThat(stranger.basic("/api/me", "zhao.lei", "guess-" + i).status())
                    .isEqualTo(401);
        }

        FromAddress.Answer throttled = stranger.basic("/api/me", "zhao.lei", "what-if-analyst");
        assertThat(throttled.status()).as(throttled.body()).isEqualTo(429);
        assertThat(throttled.header("Retry-After")).isEqualTo("1");
    }

    @Test
    void somebodyInNoGroupWithARoleIsRefusedSayingWhy() {
        FromAddress.Answer refused = FromAddress.of(port, "127.0.0.91").formSignIn("chen.jing", "banquet-menus-only");

        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.json().get("reason").asString()).isEqualTo("no-role");
        assertThat(refused.json().get("detail").asString()).contains("no group of the office directory");
        assertThat(jdbc.queryForObject("select count(*) from account where username = 'chen.jing'", Integer.class))
                .isZero();
    }

    @Test
    void takenOutOfAGroupLosesItsRoleAtTheNextSignInAndTheOpenSessionEnds() {
        Api planner = Api.signedIn(port, "zhao.lei", "what-if-analyst");
        assertThat(planner.get("/api/me").json().get("roles").toString()).isEqualTo("[\"PLANNER\"]");

        directory.removeFromGroup("planners", "zhao.lei");
        directory.addToGroup("Protocol Office", "zhao.lei");
        Api officer = Api.as(port, "zhao.lei", "what-if-analyst");
        assertThat(officer.get("/api/me").json().get("roles").toString()).isEqualTo("[\"PROTOCOL_OFFICER\"]");
        Api.Answer ended = planner.get("/api/me");
        assertThat(ended.status()).isEqualTo(401);
        assertThat(ended.json().get("detail").asString()).contains("session has ended");

        directory.removeFromGroup("Protocol Office", "zhao.lei");
        Api.Answer refused = officer.get("/api/me");
        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.json().get("reason").asString()).isEqualTo("no-role");
        assertThat(jdbc.queryForObject(
                        "select count(*) from account_role r join account a on a.id = r.account_id"
                                + " where a.username = 'zhao.lei'",
                        Integer.class))
                .as("no role kept")
                .isZero();
    }

    @Test
    void administratorsSetAManagersVenuesButNeitherRolesNorPasswordOfADirectoryAccount() {
        assertThat(Api.as(port, "li.wei", "convention-centre-duty")
                        .get("/api/me")
                        .status())
                .isEqualTo(200);
        JsonNode account = admin.account("li.wei");
        assertThat(account.get("directoryManaged").asBoolean()).isTrue();
        String path = "/api/accounts/" + account.get("id").asLong();

        Api.Answer venues = admin.api()
                .put(
                        path,
                        Map.of(
                                "displayName",
                                "Li Wei",
                                "roles",
                                List.of("VENUE_MANAGER"),
                                "managedVenueIds",
                                List.of(GREAT_HALL),
                                "version",
                                account.get("version").asLong()));
        assertThat(venues.status()).as(venues.text()).isEqualTo(200);
        JsonNode me =
                Api.as(port, "li.wei", "convention-centre-duty").get("/api/me").json();
        assertThat(me.get("managedVenueIds").toString()).isEqualTo("[\"" + GREAT_HALL + "\"]");
        assertThat(me.get("roles").toString()).isEqualTo("[\"VENUE_MANAGER\"]");

        Api.Answer roles = admin.api()
                .put(
                        path,
                        Map.of(
                                "displayName",
                                "Li Wei",
                                "roles",
                                List.of("PROTOCOL_OFFICER"),
                                "version",
                                admin.account("li.wei").get("version").asLong()));
        assertThat(roles.status()).isEqualTo(409);
        assertThat(roles.json().get("detail").asString()).contains("roles come from its directory groups");
        Api.Answer password = admin.api().post(path + "/password-reset", Map.of("password", "a brand new password"));
        assertThat(password.status()).isEqualTo(409);
        assertThat(password.json().get("detail").asString()).contains("reset it in the directory");
    }

    @Test
    void theLocalAdministratorSignsInBesideTheDirectoryAndOtherLocalAccountsAreClosed() {
        // The directory also has a 'chief', with a password of its own: the local account's password counts.
        assertThat(admin.api().get("/api/me").json().get("roles").toString()).isEqualTo("[\"ADMIN\"]");
        assertThat(FromAddress.of(port, "127.0.0.92")
                        .basic("/api/me", DirectorySignInTest.LOCAL_ADMIN, "the-directory-chief")
                        .status())
                .isEqualTo(401);
        // The directory's 'chief' under another spelling is still not handed the local account's name.
        FromAddress.Answer taken = FromAddress.of(port, "127.0.0.93").basic("/api/me", "CHIEF", "the-directory-chief");
        assertThat(taken.status()).isEqualTo(403);
        assertThat(taken.json().get("reason").asString()).isEqualTo("name-taken");

        Api.Answer created = admin.api()
                .post(
                        "/api/accounts",
                        Map.of(
                                "username",
                                "local.planner",
                                "displayName",
                                "Local planner",
                                "password",
                                "a local password of some length",
                                "roles",
                                List.of("PLANNER")));
        assertThat(created.status()).as(created.text()).isEqualTo(201);
        FromAddress.Answer closed =
                FromAddress.of(port, "127.0.0.94").formSignIn("local.planner", "a local password of some length");
        assertThat(closed.status()).isEqualTo(403);
        assertThat(closed.json().get("reason").asString()).isEqualTo("local-closed");
        assertThat(FromAddress.of(port, "127.0.0.94")
                        .formSignIn("local.planner", "a wrong password")
                        .status())
                .as("a wrong password learns nothing of the account")
                .isEqualTo(401);
    }

    @Test
    void theSignInPageOffersTheDirectory() {
        JsonNode options =
                Api.anonymous(port).get("/api/sign-in-options").json().get("directory");

        assertThat(options.get("name").asString()).isEqualTo("Municipal FAO directory");
        assertThat(options.get("nameZh").asString()).isEqualTo("外办统一身份认证");
        assertThat(options.get("passwords").asBoolean()).isTrue();
        assertThat(options.get("signInUrl").asString()).isEqualTo("/oauth2/authorization/directory");
    }
}
