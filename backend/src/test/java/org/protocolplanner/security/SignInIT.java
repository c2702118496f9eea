package org.protocolplanner.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import org.junit.jupiter.api.Test;
import org.protocolplanner.support.Api;
import org.protocolplanner.support.IntegrationTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Browsers sign in with a form, a session cookie and CSRF; API clients use HTTP Basic. */
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

        Api.Answer signOut = browser.send(browser.request("/logout").header("X-XSRF-TOKEN", csrfToken(browser))
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
        assertThat(Api.as(port, "planner").get("/api/me").json().get("roles").get(0).asString())
                .isEqualTo("PLANNER");
    }

    @Test
    void theRoleMatrixHoldsForTheFoundationEndpoints() {
        Api anonymous = Api.anonymous(port);
        assertThat(anonymous.get("/actuator/health").status()).isEqualTo(200);
        Api.Answer index = anonymous.get("/");
        assertThat(index.status()).isEqualTo(200);
        java.util.regex.Matcher script = java.util.regex.Pattern.compile("/assets/[^\"]+\\.js").matcher(index.text());
        assertThat(script.find()).as("the UI's index page names its script").isTrue();
        assertThat(anonymous.get(script.group()).status()).isEqualTo(200);
        assertThat(anonymous.get("/sign-in").text()).isEqualTo(index.text());
        assertThat(anonymous.get("/plans/7/board").text()).isEqualTo(index.text());
        assertThat(anonymous.get("/assets/no-such-file.js").status()).isEqualTo(404);
        assertThat(Api.as(port, "officer").get("/api/no-such-endpoint").status()).isEqualTo(404);
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
        assertThat(Api.as(port, "planner").post("/api/plans/import", "{}").status()).isEqualTo(403);
        assertThat(Api.as(port, "manager").post("/api/plans/import", "{}").status()).isEqualTo(403);
    }

    @Test
    void aVenueManagerEditsOwnSpacesAndLearnsNothingOfOtherVenues() {
        Api manager = Api.as(port, "manager");
        assertThat(manager.get("/api/me").json().get("managedVenueIds").toString())
                .contains("china-national-convention-center-phase-i");
        Api.Answer own = manager.post("/api/venues/china-national-convention-center-phase-i/spaces",
                "{\"id\":\"cncc-test-room\",\"nameEn\":\"Test room\",\"capacity\":{\"ROUNDTABLE\":20}}");
        assertThat(own.status()).as(own.text()).isEqualTo(201);
        Api.Answer other = manager.post("/api/venues/great-hall-of-the-people/spaces",
                "{\"id\":\"ghp-test-room\",\"nameEn\":\"Test room\"}");
        assertThat(other.status()).isEqualTo(404);
        assertThat(manager.delete("/api/venues/china-national-convention-center-phase-i").status()).isEqualTo(403);
    }

    /** Like the UI: the token is the readable XSRF-TOKEN cookie, fetched first when the browser has none. */
    private static String csrfToken(Api browser) {
        if (browser.cookie("XSRF-TOKEN") == null) {
            assertThat(browser.get("/api/csrf").status()).isEqualTo(204);
        }
        return browser.cookie("XSRF-TOKEN");
    }
}
