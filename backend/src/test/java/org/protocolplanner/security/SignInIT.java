package org.protocolplanner.security;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.net.http.HttpRequest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.protocolplanner.support.Api;
import org.protocolplanner.support.FromAddress;
import org.protocolplanner.support.IntegrationTest;
import org.slf4j.LoggerFactory;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Browsers sign in with a form, a session cookie and CSRF; API clients use HTTP Basic and get no session,
 * nor does an anonymous caller. Odd names and over-long passwords are wrong passwords, never faults.
 */
@IntegrationTest
class SignInIT {

    @LocalServerPort
    int port;

    @Test
    void aBrowserSignsInWithTheFormAndMustEchoTheCsrfToken() {
        Api browser = Api.anonymous(port);
        assertThat(browser.get("/api/me").status()).isEqualTo(401);
        String token = csrfToken(browser);

        Api.Answer signIn = browser.send(browser.request("/login")
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("X-XSRF-TOKEN", token)
                .POST(HttpRequest.BodyPublishers.ofString("username=officer&password=demo")));
        assertThat(signIn.status()).as(signIn.text()).isEqualTo(200);
        assertThat(signIn.json().get("roles").get(0).asString()).isEqualTo("PROTOCOL_OFFICER");

        Api.Answer me = browser.get("/api/me");
        assertThat(me.status()).isEqualTo(200);
        assertThat(me.json().get("username").asString()).isEqualTo("officer");

        Api.Answer withoutToken = browser.put("/api/me/preferences", "{\"language\":\"zh\"}");
        assertThat(withoutToken.status()).isEqualTo(403);

        Api.Answer withToken = browser.send(browser.request("/api/me/preferences")
                .header("Content-Type", "application/json")
                .header("X-XSRF-TOKEN", csrfToken(browser))
                .PUT(HttpRequest.BodyPublishers.ofString("{\"language\":\"zh\"}")));
        assertThat(withToken.status()).as(withToken.text()).isEqualTo(200);
        assertThat(withToken.json().get("language").asString()).isEqualTo("zh");

        Api.Answer signOut = browser.send(browser.request("/logout")
                .header("X-XSRF-TOKEN", csrfToken(browser))
                .POST(HttpRequest.BodyPublishers.noBody()));
        assertThat(signOut.status()).isEqualTo(204);
        assertThat(browser.get("/api/me").status()).isEqualTo(401);
    }

    @Test
    void aWrongPasswordIsRefusedWithAProblemThatSaysSo() {
        Api browser = Api.anonymous(port);
        Api.Answer signIn = browser.send(browser.request("/login")
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("X-XSRF-TOKEN", csrfToken(browser))
                .POST(HttpRequest.BodyPublishers.ofString("username=officer&password=wrong")));
        assertThat(signIn.status()).isEqualTo(401);
        assertThat(signIn.json().get("detail").asString()).isEqualTo("Wrong username or password.");
    }

    @Test
    void apiClientsUseBasicWithoutCsrf() {
        Api.Answer answer = Api.as(port, "planner").put("/api/me/preferences", "{\"language\":\"en\"}");
        assertThat(answer.status()).isEqualTo(200);
        assertThat(Api.as(port, "planner")
                        .get("/api/me")
                        .json()
                        .get("roles")
                        .get(0)
                        .asString())
                .isEqualTo("PLANNER");
    }

    @Test
    void theRoleMatrixHoldsForTheFoundationEndpoints() {
        Api anonymous = Api.anonymous(port);
        assertThat(anonymous.get("/actuator/health").status()).isEqualTo(200);
        assertThat(anonymous.get("/api/sign-in-options").json().get("directory").isNull())
                .as("no office directory is configured")
                .isTrue();
        Api.Answer index = anonymous.get("/");
        assertThat(index.status()).isEqualTo(200);
        java.util.regex.Matcher script =
                java.util.regex.Pattern.compile("/assets/[^\"]+\\.js").matcher(index.text());
        assertThat(script.find()).as("the UI's index page names its script").isTrue();
        assertThat(anonymous.get(script.group()).status()).isEqualTo(200);
        assertThat(anonymous.get("/sign-in").text()).isEqualTo(index.text());
        assertThat(anonymous.get("/plans/7/board").text()).isEqualTo(index.text());
        assertThat(anonymous.get("/assets/no-such-file.js").status()).isEqualTo(404);
        assertThat(Api.as(port, "officer").get("/api/no-such-endpoint").status())
                .isEqualTo(404);
        assertThat(anonymous.get("/api/plans").status()).isEqualTo(401);
        assertThat(anonymous.get("/api/venues").status()).isEqualTo(401);
        assertThat(anonymous.get("/v3/api-docs").status()).isEqualTo(401);
        assertThat(anonymous.get("/actuator/prometheus").status()).isEqualTo(401);

        assertThat(Api.as(port, "admin").get("/actuator/prometheus").status()).isEqualTo(200);
        assertThat(Api.as(port, "officer").get("/actuator/prometheus").status()).isEqualTo(403);
        assertThat(Api.as(port, "manager").get("/v3/api-docs").status()).isEqualTo(200);

        assertThat(Api.as(port, "manager").get("/api/venues").status()).isEqualTo(200);
        assertThat(Api.as(port, "manager").get("/api/plans").status()).isEqualTo(403);
        assertThat(Api.as(port, "planner").get("/api/plans").status()).isEqualTo(200);
        assertThat(Api.as(port, "planner").post("/api/plans/import", "{}").status())
                .isEqualTo(403);
        assertThat(Api.as(port, "manager").post("/api/plans/import", "{}").status())
                .isEqualTo(403);
    }

    @Test
    void aVenueManagerEditsOwnSpacesAndLearnsNothingOfOtherVenues() {
        Api manager = Api.as(port, "manager");
        assertThat(manager.get("/api/me").json().get("managedVenueIds").toString())
                .contains("china-national-convention-center-phase-i");
        Api.Answer own = manager.post(
                "/api/venues/china-national-convention-center-phase-i/spaces",
                "{\"id\":\"cncc-test-room\",\"nameEn\":\"Test room\",\"capacity\":{\"ROUNDTABLE\":20}}");
        assertThat(own.status()).as(own.text()).isEqualTo(201);
        Api.Answer other = manager.post(
                "/api/venues/great-hall-of-the-people/spaces", "{\"id\":\"ghp-test-room\",\"nameEn\":\"Test room\"}");
        assertThat(other.status()).isEqualTo(404);
        assertThat(manager.delete("/api/venues/china-national-convention-center-phase-i")
                        .status())
                .isEqualTo(403);
    }

    @Test
    void oddUserNamesAreWrongPasswordsAndLeaveNoTraceInTheLog() {
        FromAddress caller = FromAddress.of(port, "127.0.0.80");
        List<ILoggingEvent> logged = capturingTheLog(() -> {
            assertThat(caller.basic("/api/me", "", "whatever").status()).isEqualTo(401);
            assertThat(caller.formSignIn("", "whatever").status()).isEqualTo(401);
            FromAddress.Answer long6000 = caller.formSignIn("x".repeat(6000), "whatever");
            assertThat(long6000.status()).isEqualTo(401);
            assertThat(long6000.json().get("detail").asString()).isEqualTo("Wrong username or password.");
            assertThat(caller.formSignIn("名字 with spaces", "whatever").status()).isEqualTo(401);
        });
        assertThat(logged).noneMatch(event -> event.getThrowableProxy() != null || event.getLevel() == Level.ERROR);
    }

    @Test
    void aPasswordLongerThanBCryptTakesIsWrongAtSignInAndRefusedWhenSet() {
        FromAddress caller = FromAddress.of(port, "127.0.0.81");
        List<ILoggingEvent> logged = capturingTheLog(() -> {
            assertThat(caller.basic("/api/me", "planner", "p".repeat(73)).status())
                    .isEqualTo(401);
            assertThat(caller.formSignIn("planner", "密".repeat(25)).status())
                    .as("75 bytes")
                    .isEqualTo(401);
            assertThat(caller.formSignIn("no-such-account", "p".repeat(100)).status())
                    .isEqualTo(401);
        });
        assertThat(logged).noneMatch(event -> event.getThrowableProxy() != null || event.getLevel() == Level.ERROR);

        Api admin = Api.as(port, "admin");
        Api.Answer created = admin.post(
                "/api/accounts",
                Map.of(
                        "username",
                        "sign-in-long-password",
                        "displayName",
                        "Long",
                        "password",
                        "密".repeat(25),
                        "roles",
                        List.of("PLANNER")));
        assertThat(created.status()).as(created.text()).isEqualTo(400);
        assertThat(created.json().get("errors").get(0).get("path").asString()).isEqualTo("password");
        assertThat(created.json().get("errors").get(0).get("message").asString())
                .contains("72 bytes");
        Api.Answer fits = admin.post(
                "/api/accounts",
                Map.of(
                        "username",
                        "sign-in-long-password",
                        "displayName",
                        "Long",
                        "password",
                        "密".repeat(24),
                        "roles",
                        List.of("PLANNER")));
        assertThat(fits.status()).as(fits.text()).isEqualTo(201);
        Api.Answer reset = admin.post(
                "/api/accounts/" + fits.json().get("id").asLong() + "/password-reset",
                Map.of("password", "p".repeat(73)));
        assertThat(reset.status()).isEqualTo(400);
        assertThat(reset.json().get("errors").get(0).get("path").asString()).isEqualTo("password");
    }

    @Test
    void apiAndAnonymousCallsCreateNoSession() {
        Api.Answer basic = Api.as(port, "planner").get("/api/me");
        assertThat(basic.status()).isEqualTo(200);
        assertThat(sessionCookies(basic)).isEmpty();
        Api.Answer wrong = Api.anonymous(port)
                .send(Api.anonymous(port)
                        .request("/api/me")
                        .header(
                                "Authorization",
                                "Basic "
                                        + java.util.Base64.getEncoder()
                                                .encodeToString("no-such-account:x"
                                                        .getBytes(java.nio.charset.StandardCharsets.UTF_8))));
        assertThat(wrong.status()).isEqualTo(401);
        assertThat(sessionCookies(wrong)).isEmpty();
        for (String path : List.of("/api/plans", "/api/me", "/", "/sign-in", "/api/csrf")) {
            Api.Answer anonymous = Api.anonymous(port).get(path);
            assertThat(sessionCookies(anonymous)).as(path).isEmpty();
        }

        Api browser = Api.anonymous(port);
        browser.get("/api/csrf");
        Api.Answer signIn = browser.send(browser.request("/login")
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("X-XSRF-TOKEN", browser.cookie("XSRF-TOKEN"))
                .POST(HttpRequest.BodyPublishers.ofString("username=officer&password=demo")));
        assertThat(signIn.status()).isEqualTo(200);
        assertThat(sessionCookies(signIn))
                .as("the browser's sign-in keeps its session")
                .hasSize(1);
    }

    private static List<String> sessionCookies(Api.Answer answer) {
        return answer.response().headers().allValues("Set-Cookie").stream()
                .filter(cookie -> cookie.startsWith("JSESSIONID="))
                .toList();
    }

    /** What the application logs while the action runs, at the levels the tests' configuration lets through. */
    private static List<ILoggingEvent> capturingTheLog(Runnable action) {
        Logger root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
        ListAppender<ILoggingEvent> appender = new ListAppender<>();
        appender.start();
        root.addAppender(appender);
        try {
            action.run();
        } finally {
            root.detachAppender(appender);
        }
        return List.copyOf(appender.list);
    }

    /** Like the UI: the token is the readable XSRF-TOKEN cookie, fetched first when the browser has none. */
    private static String csrfToken(Api browser) {
        if (browser.cookie("XSRF-TOKEN") == null) {
            assertThat(browser.get("/api/csrf").status()).isEqualTo(204);
        }
        return browser.cookie("XSRF-TOKEN");
    }
}
