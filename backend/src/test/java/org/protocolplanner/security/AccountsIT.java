package org.protocolplanner.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.protocolplanner.support.Api;
import org.protocolplanner.support.IntegrationTest;
import org.protocolplanner.support.MovableClock;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;

/**
 * Administrators keep the accounts; a disabled account is out at once, sessions included; five failed
 * sign-ins lock the name or the address for 15 minutes. The lock-out tests sign in from loopback
 * addresses of their own (127.0.0.x), so that the address every other test uses is never locked.
 */
@IntegrationTest
class AccountsIT {

    private static final String CNCC = "china-national-convention-center-phase-i";

    @LocalServerPort
    int port;

    @Autowired
    MovableClock clock;

    @Autowired
    JdbcTemplate jdbc;

    private Api admin() {
        return Api.as(port, "admin");
    }

    @AfterEach
    void timeRunsNormally() {
        clock.reset();
    }

    @Test
    void anAdministratorCreatesAVenueManagerWhoSignsInWithTheirRolesAndVenues() {
        Api.Answer created = admin().post("/api/accounts", Map.of("username", "accounts-cncc-manager",
                "displayName", "CNCC duty manager", "email", "duty@cncc.example", "password", Api.DEMO_PASSWORD,
                "roles", List.of("VENUE_MANAGER"), "managedVenueIds", List.of(CNCC)));
        assertThat(created.status()).as(created.text()).isEqualTo(201);
        assertThat(created.header("Location")).isEqualTo("/api/accounts/" + created.json().get("id").asLong());
        assertThat(created.json().has("passwordHash")).isFalse();

        JsonNode me = Api.as(port, "accounts-cncc-manager").get("/api/me").json();
        assertThat(me.get("roles").get(0).asString()).isEqualTo("VENUE_MANAGER");
        assertThat(me.get("managedVenueIds").get(0).asString()).isEqualTo(CNCC);
        assertThat(usernames()).contains("admin", "accounts-cncc-manager");
        assertThat(jdbc.queryForObject("select count(*) from audit_log where entity_type = 'account'"
                + " and entity_id = 'accounts-cncc-manager' and action = 'create' and actor = 'admin'", Integer.class))
                .isEqualTo(1);
    }

    @Test
    void badAccountsAreRefusedNamingTheField() {
        assertThat(path(admin().post("/api/accounts", Map.of("username", "no spaces please", "displayName", "X",
                "password", "x", "roles", List.of("PLANNER"))))).isEqualTo("username");
        assertThat(path(admin().post("/api/accounts", Map.of("username", "accounts-no-role", "displayName", "X",
                "password", "x", "roles", List.of())))).isEqualTo("roles");
        assertThat(path(admin().post("/api/accounts", Map.of("username", "accounts-planner-with-venue",
                "displayName", "X", "password", "x", "roles", List.of("PLANNER"), "managedVenueIds", List.of(CNCC)))))
                .isEqualTo("managedVenueIds");
        assertThat(path(admin().post("/api/accounts", Map.of("username", "accounts-unknown-venue",
                "displayName", "X", "password", "x", "roles", List.of("VENUE_MANAGER"),
                "managedVenueIds", List.of("no-such-venue"))))).isEqualTo("managedVenueIds");
        assertThat(admin().post("/api/accounts", Map.of("username", "officer", "displayName", "Second officer",
                "password", "x", "roles", List.of("PROTOCOL_OFFICER"))).status()).isEqualTo(409);
        assertThat(admin().put("/api/accounts/999999", Map.of("displayName", "Nobody", "roles", List.of("PLANNER"),
                "version", 0)).status()).isEqualTo(404);
    }

    @Test
    void rolesAndVenuesChangeWithTheVersionReadAndEndTheAccountsSessions() {
        long id = create("accounts-promoted-planner", "PLANNER");
        Api browser = Api.signedIn(port, "accounts-promoted-planner");
        assertThat(browser.get("/api/plans").status()).isEqualTo(200);

        Api.Answer changed = admin().put("/api/accounts/" + id, Map.of("displayName", "Now a manager",
                "roles", List.of("VENUE_MANAGER"), "managedVenueIds", List.of(CNCC), "version", 0));
        assertThat(changed.status()).as(changed.text()).isEqualTo(200);
        assertThat(changed.json().get("roles").get(0).asString()).isEqualTo("VENUE_MANAGER");
        Api.Answer stale = admin().put("/api/accounts/" + id, Map.of("displayName", "Stale",
                "roles", List.of("PLANNER"), "version", 0));
        assertThat(stale.status()).isEqualTo(409);
        assertThat(stale.json().get("currentVersion").asLong()).isEqualTo(changed.json().get("version").asLong());

        assertThat(browser.get("/api/me").status()).as("the session signed in as a planner").isEqualTo(401);
        Api again = Api.signedIn(port, "accounts-promoted-planner");
        assertThat(again.get("/api/plans").status()).isEqualTo(403);
        assertThat(again.get("/api/me").json().get("managedVenueIds").get(0).asString()).isEqualTo(CNCC);
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
        assertThat(Api.as(port, "accounts-departing-officer").get("/api/me").status()).isEqualTo(401);
        assertThat(formSignIn("accounts-departing-officer", Api.DEMO_PASSWORD).json().get("detail").asString())
                .isEqualTo("This account is disabled.");

        assertThat(admin().post("/api/accounts/" + id + "/enable", "").json().get("enabled").asBoolean()).isTrue();
        assertThat(Api.as(port, "accounts-departing-officer").get("/api/me").status()).isEqualTo(200);
        assertThat(jdbc.queryForList("select action from audit_log where entity_type = 'account'"
                + " and entity_id = 'accounts-departing-officer' order by id", String.class))
                .containsExactly("create", "disable", "enable");
    }

    @Test
    void thePasswordResetReplacesThePasswordAndIsAudited() {
        long id = create("accounts-forgetful-planner", "PLANNER");
        Api.Answer reset = admin().post("/api/accounts/" + id + "/password-reset",
                Map.of("password", "a new password of the planner"));
        assertThat(reset.status()).as(reset.text()).isEqualTo(200);
        assertThat(Api.as(port, "accounts-forgetful-planner").get("/api/me").status()).isEqualTo(401);
        assertThat(basicFrom("127.0.0.1", "accounts-forgetful-planner", "a new password of the planner"))
                .isEqualTo(200);
        assertThat(path(admin().post("/api/accounts/" + id + "/password-reset", Map.of()))).isEqualTo("password");
        assertThat(jdbc.queryForObject("select count(*) from audit_log where entity_id = 'accounts-forgetful-planner'"
                + " and action = 'password-reset'", Integer.class)).isEqualTo(1);
    }

    @Test
    void theLastAdministratorCanNeitherBeDisabledNorLoseTheRole() {
        JsonNode administrator = accounts().get(usernames().indexOf("admin"));
        long id = administrator.get("id").asLong();
        long version = administrator.get("version").asLong();
        Api.Answer disable = admin().post("/api/accounts/" + id + "/disable", Map.of("version", version));
        assertThat(disable.status()).isEqualTo(409);
        assertThat(disable.json().get("detail").asString()).contains("last enabled administrator");
        Api.Answer demote = admin().put("/api/accounts/" + id, Map.of("displayName", "Administrator",
                "roles", List.of("PLANNER"), "version", version));
        assertThat(demote.status()).isEqualTo(409);
        assertThat(demote.json().get("detail").asString()).contains("last enabled administrator");
        assertThat(admin().get("/api/accounts").status()).isEqualTo(200);
    }

    @Test
    void fiveWrongPasswordsLockTheAccountForFifteenMinutesWhateverTheAddress() {
        create("accounts-locked-planner", "PLANNER");
        for (int i = 0; i < SignInLocks.MAX_FAILURES; i++) {
            // One failure from each of five addresses: no address reaches five, only the account does.
            assertThat(basicFrom("127.0.0." + (20 + i), "accounts-locked-planner", "wrong")).isEqualTo(401);
        }
        Api planner = Api.as(port, "accounts-locked-planner");
        assertThat(planner.get("/api/me").status()).isEqualTo(401);
        assertThat(formSignIn("accounts-locked-planner", Api.DEMO_PASSWORD).json().get("detail").asString())
                .contains("locked");
        assertThat(Api.as(port, "planner").get("/api/me").status()).as("the address is not locked").isEqualTo(200);
        assertThat(jdbc.queryForObject("select actor from audit_log where entity_type = 'account'"
                + " and entity_id = 'accounts-locked-planner' and action = 'locked'", String.class))
                .isEqualTo("sign-in from 127.0.0.24");

        clock.moveForward(SignInLocks.LOCK.minusMinutes(1));
        assertThat(planner.get("/api/me").status()).isEqualTo(401);
        clock.moveForward(Duration.ofMinutes(1));
        assertThat(planner.get("/api/me").status()).isEqualTo(200);
    }

    @Test
    void fiveFailuresFromOneAddressLockThatAddressForEveryName() {
        for (int i = 0; i < SignInLocks.MAX_FAILURES; i++) {
            assertThat(basicFrom("127.0.0.30", "accounts-guess-" + i, "guess")).isEqualTo(401);
        }
        assertThat(basicFrom("127.0.0.30", "planner", Api.DEMO_PASSWORD)).isEqualTo(401);
        assertThat(basicFrom("127.0.0.31", "planner", Api.DEMO_PASSWORD)).isEqualTo(200);
        assertThat(jdbc.queryForObject("select count(*) from audit_log where entity_type = 'sign-in-address'"
                + " and entity_id = '127.0.0.30' and action = 'locked'", Integer.class)).isEqualTo(1);

        clock.moveForward(SignInLocks.LOCK);
        assertThat(basicFrom("127.0.0.30", "planner", Api.DEMO_PASSWORD)).isEqualTo(200);
    }

    @Test
    void failuresSpreadOverMoreThanTheWindowLockNothing() {
        create("accounts-slow-typist", "PLANNER");
        for (int i = 0; i < SignInLocks.MAX_FAILURES - 1; i++) {
            assertThat(basicFrom("127.0.0.40", "accounts-slow-typist", "wrong")).isEqualTo(401);
        }
        clock.moveForward(SignInLocks.WINDOW.plusMinutes(1));
        assertThat(basicFrom("127.0.0.40", "accounts-slow-typist", "wrong")).isEqualTo(401);
        assertThat(basicFrom("127.0.0.40", "accounts-slow-typist", Api.DEMO_PASSWORD)).isEqualTo(200);
    }

    private List<JsonNode> accounts() {
        List<JsonNode> accounts = new java.util.ArrayList<>();
        admin().get("/api/accounts?size=500").json().get("content").forEach(accounts::add);
        return accounts;
    }

    private List<String> usernames() {
        return accounts().stream().map(account -> account.get("username").asString()).toList();
    }

    private long create(String username, String role) {
        Api.Answer created = admin().post("/api/accounts", Map.of("username", username, "displayName", username,
                "password", Api.DEMO_PASSWORD, "roles", List.of(role)));
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

    /** The status of {@code GET /api/me} with HTTP Basic, sent from the given loopback address. */
    private int basicFrom(String address, String username, String password) {
        String credentials = Base64.getEncoder().encodeToString((username + ":" + password)
                .getBytes(StandardCharsets.UTF_8));
        try (Socket socket = new Socket()) {
            socket.bind(new InetSocketAddress(InetAddress.getByName(address), 0));
            socket.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), port));
            OutputStream out = socket.getOutputStream();
            out.write(("GET /api/me HTTP/1.1\r\nHost: localhost\r\nAuthorization: Basic " + credentials
                    + "\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            out.flush();
            String statusLine = new BufferedReader(new InputStreamReader(socket.getInputStream(),
                    StandardCharsets.US_ASCII)).readLine();
            return Integer.parseInt(statusLine.split(" ")[1]);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
