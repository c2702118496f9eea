package org.protocolplanner.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.protocolplanner.support.Api;
import org.protocolplanner.support.FromAddress;
import org.protocolplanner.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;

/**
 * Administrators keep the accounts; a disabled account is out at once, sessions included. Failed sign-ins
 * are {@link SignInThrottleIT}'s.
 */
@IntegrationTest
class AccountsIT {

    private static final String CNCC = "china-national-convention-center-phase-i";

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    private Api admin() {
        return Api.as(port, "admin");
    }

    @Test
    void anAdministratorCreatesAVenueManagerWhoSignsInWithTheirRolesAndVenues() {
        Api.Answer created = admin().post(
                        "/api/accounts",
                        Map.of(
                                "username",
                                "accounts-cncc-manager",
                                "displayName",
                                "CNCC duty manager",
                                "email",
                                "duty@cncc.example",
                                "password",
                                Api.DEMO_PASSWORD,
                                "roles",
                                List.of("VENUE_MANAGER"),
                                "managedVenueIds",
                                List.of(CNCC)));
        assertThat(created.status()).as(created.text()).isEqualTo(201);
        assertThat(created.header("Location"))
                .isEqualTo("/api/accounts/" + created.json().get("id").asLong());
        assertThat(created.json().has("passwordHash")).isFalse();

        JsonNode me = Api.as(port, "accounts-cncc-manager").get("/api/me").json();
        assertThat(me.get("roles").get(0).asString()).isEqualTo("VENUE_MANAGER");
        assertThat(me.get("managedVenueIds").get(0).asString()).isEqualTo(CNCC);
        assertThat(usernames()).contains("admin", "accounts-cncc-manager");
        assertThat(jdbc.queryForObject(
                        "select count(*) from audit_log where entity_type = 'account'"
                                + " and entity_id = 'accounts-cncc-manager' and action = 'create' and actor = 'admin'",
                        Integer.class))
                .isEqualTo(1);
    }

    @Test
    void badAccountsAreRefusedNamingTheField() {
        assertThat(path(admin().post(
                                "/api/accounts",
                                Map.of(
                                        "username",
                                        "no spaces please",
                                        "displayName",
                                        "X",
                                        "password",
                                        "x",
                                        "roles",
                                        List.of("PLANNER")))))
                .isEqualTo("username");
        assertThat(path(admin().post(
                                "/api/accounts",
                                Map.of(
                                        "username",
                                        "accounts-no-role",
                                        "displayName",
                                        "X",
                                        "password",
                                        "x",
                                        "roles",
                                        List.of()))))
                .isEqualTo("roles");
        assertThat(path(admin().post(
                                "/api/accounts",
                                Map.of(
                                        "username",
                                        "accounts-planner-with-venue",
                                        "displayName",
                                        "X",
                                        "password",
                                        "x",
                                        "roles",
                                        List.of("PLANNER"),
                                        "managedVenueIds",
                                        List.of(CNCC)))))
                .isEqualTo("managedVenueIds");
        assertThat(path(admin().post(
                                "/api/accounts",
                                Map.of(
                                        "username",
                                        "accounts-unknown-venue",
                                        "displayName",
                                        "X",
                                        "password",
                                        "x",
                                        "roles",
                                        List.of("VENUE_MANAGER"),
                                        "managedVenueIds",
                                        List.of("no-such-venue")))))
                .isEqualTo("managedVenueIds");
        assertThat(admin().post(
                                "/api/accounts",
                                Map.of(
                                        "username",
                                        "officer",
                                        "displayName",
                                        "Second officer",
                                        "password",
                                        "x",
                                        "roles",
                                        List.of("PROTOCOL_OFFICER")))
                        .status())
                .isEqualTo(409);
        assertThat(admin().put(
                                "/api/accounts/999999",
                                Map.of("displayName", "Nobody", "roles", List.of("PLANNER"), "version", 0))
                        .status())
                .isEqualTo(404);
    }

    @Test
    void rolesAndVenuesChangeWithTheVersionReadAndEndTheAccountsSessions() {
        long id = create("accounts-promoted-planner", "PLANNER");
        Api browser = Api.signedIn(port, "accounts-promoted-planner");
        assertThat(browser.get("/api/plans").status()).isEqualTo(200);

        Api.Answer changed = admin().put(
                        "/api/accounts/" + id,
                        Map.of(
                                "displayName",
                                "Now a manager",
                                "roles",
                                List.of("VENUE_MANAGER"),
                                "managedVenueIds",
                                List.of(CNCC),
                                "version",
                                0));
        assertThat(changed.status()).as(changed.text()).isEqualTo(200);
        assertThat(changed.json().get("roles").get(0).asString()).isEqualTo("VENUE_MANAGER");
        Api.Answer stale = admin().put(
                        "/api/accounts/" + id,
                        Map.of("displayName", "Stale", "roles", List.of("PLANNER"), "version", 0));
        assertThat(stale.status()).isEqualTo(409);
        assertThat(stale.json().get("currentVersion").asLong())
                .isEqualTo(changed.json().get("version").asLong());

        assertThat(browser.get("/api/me").status())
                .as("the session signed in as a planner")
                .isEqualTo(401);
        Api again = Api.signedIn(port, "accounts-promoted-planner");
        assertThat(again.get("/api/plans").status()).isEqualTo(403);
        assertThat(again.get("/api/me").json().get("managedVenueIds").get(0).asString())
                .isEqualTo(CNCC);
    }

    @Test
    void aDisabledAccountCannotSignInAndItsSessionEnds() {
        long id = create("accounts-departing-officer", "PROTOCOL_OFFICER");
        Api browser = Api.signedIn(port, "accounts-departing-officer");
        assertThat(browser.get("/api/me").status()).isEqualTo(200);

        Api.Answer disabled = admin().post("/api/accounts/" + id + "/disable", "");
        assertThat(disabled.status()).as(disabled.text()).isEqualTo(200);
        assertThat(disabled.json().get("enabled").asBoolean()).isFalse();

        Api.Answer sameSession = browser.get("/api/me");
        assertThat(sameSession.status()).isEqualTo(401);
        assertThat(sameSession.json().get("detail").asString()).contains("session has ended");
        assertThat(browser.get("/api/plans").status()).isEqualTo(401);
        assertThat(Api.as(port, "accounts-departing-officer").get("/api/me").status())
                .isEqualTo(401);
        assertThat(formSignIn("accounts-departing-officer", Api.DEMO_PASSWORD)
                        .json()
                        .get("detail")
                        .asString())
                .isEqualTo("This account is disabled.");

        assertThat(admin().post("/api/accounts/" + id + "/enable", "")
                        .json()
                        .get("enabled")
                        .asBoolean())
                .isTrue();
        assertThat(Api.as(port, "accounts-departing-officer").get("/api/me").status())
                .isEqualTo(200);
        assertThat(jdbc.queryForList(
                        "select action from audit_log where entity_type = 'account'"
                                + " and entity_id = 'accounts-departing-officer' order by id",
                        String.class))
                .containsExactly("create", "disable", "enable");
    }

    @Test
    void thePasswordResetReplacesThePasswordAndIsAudited() {
        long id = create("accounts-forgetful-planner", "PLANNER");
        Api.Answer reset = admin().post(
                        "/api/accounts/" + id + "/password-reset", Map.of("password", "a new password of the planner"));
        assertThat(reset.status()).as(reset.text()).isEqualTo(200);
        // From an address of its own: the failure with the old password is counted against the address.
        FromAddress planner = FromAddress.of(port, "127.0.0.82");
        assertThat(planner.basic("/api/me", "accounts-forgetful-planner", Api.DEMO_PASSWORD)
                        .status())
                .isEqualTo(401);
        assertThat(planner.basic("/api/me", "accounts-forgetful-planner", "a new password of the planner")
                        .status())
                .isEqualTo(200);
        assertThat(path(admin().post("/api/accounts/" + id + "/password-reset", Map.of())))
                .isEqualTo("password");
        assertThat(jdbc.queryForObject(
                        "select count(*) from audit_log where entity_id = 'accounts-forgetful-planner'"
                                + " and action = 'password-reset'",
                        Integer.class))
                .isEqualTo(1);
    }

    @Test
    void theLastAdministratorCanNeitherBeDisabledNorLoseTheRole() {
        JsonNode administrator = accounts().get(usernames().indexOf("admin"));
        long id = administrator.get("id").asLong();
        long version = administrator.get("version").asLong();
        Api.Answer disable = admin().post("/api/accounts/" + id + "/disable", Map.of("version", version));
        assertThat(disable.status()).isEqualTo(409);
        assertThat(disable.json().get("detail").asString()).contains("last enabled administrator");
        Api.Answer demote = admin().put(
                        "/api/accounts/" + id,
                        Map.of("displayName", "Administrator", "roles", List.of("PLANNER"), "version", version));
        assertThat(demote.status()).isEqualTo(409);
        assertThat(demote.json().get("detail").asString()).contains("last enabled administrator");
        assertThat(admin().get("/api/accounts").status()).isEqualTo(200);
    }

    private List<JsonNode> accounts() {
        List<JsonNode> accounts = new java.util.ArrayList<>();
        admin().get("/api/accounts?size=500").json().get("content").forEach(accounts::add);
        return accounts;
    }

    private List<String> usernames() {
        return accounts().stream()
                .map(account -> account.get("username").asString())
                .toList();
    }

    private long create(String username, String role) {
        Api.Answer created = admin().post(
                        "/api/accounts",
                        Map.of(
                                "username",
                                username,
                                "displayName",
                                username,
                                "password",
                                Api.DEMO_PASSWORD,
                                "roles",
                                List.of(role)));
        assertThat(created.status()).as(created.text()).isEqualTo(201);
        return created.json().get("id").asLong();
    }

    private static String path(Api.Answer answer) {
        assertThat(answer.status()).as(answer.text()).isEqualTo(400);
        return answer.json().get("errors").get(0).get("path").asString();
    }

    private Api.Answer formSignIn(String username, String password) {
        Api browser = Api.anonymous(port);
        browser.get("/api/csrf");
        return browser.send(browser.request("/login")
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("X-XSRF-TOKEN", browser.cookie("XSRF-TOKEN"))
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString(
                        "username=" + username + "&password=" + password)));
    }
}
