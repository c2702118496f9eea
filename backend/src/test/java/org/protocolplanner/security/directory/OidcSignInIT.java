package org.protocolplanner.security.directory;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.protocolplanner.support.Api;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * Signing in on the office directory's own page with OpenID Connect, against a real provider (Spring
 * Authorization Server): the authorization code flow through the browser's redirects, the provider's sign-in
 * form, and back to the application with a session whose roles come from the groups in the ID token. Each test
 * signs in people of its own.
 */
@DirectorySignInTest
class OidcSignInIT {

    private static final String SIGN_IN_URL = "/oauth2/authorization/directory";
    private static final String GREAT_HALL = "great-hall-of-the-people";

    @LocalServerPort
    int port;

    @Autowired
    OfficeIdentityProvider provider;

    LocalAdministrator admin;

    @BeforeEach
    void theProviderKnowsTheApplicationsAddress() {
        admin = new LocalAdministrator(port);
        provider.allowRedirectTo("http://127.0.0.1:" + port + "/login/oauth2/code/directory");
    }

    @Test
    void signsInAtTheDirectoryAndComesBackWithTheRolesOfTheGroups() {
        provider.add(
                "sun.li",
                new OfficeIdentityProvider.Person(
                        "sun-li-passphrase",
                        "孙丽",
                        "sun.li@fao.example",
                        List.of("Protocol Office", "planners", "catering")));
        DirectoryBrowser browser = new DirectoryBrowser(port);

        HttpResponse<String> back = browser.signIn(SIGN_IN_URL, "sun.li", "sun-li-passphrase");

        assertThat(back.uri().toString()).isEqualTo(browser.application() + "/");
        assertThat(back.statusCode()).isEqualTo(200);
        JsonNode me = Api.json().readTree(browser.get("/api/me").body());
        assertThat(me.get("username").asString()).isEqualTo("sun.li");
        assertThat(me.get("displayName").asString()).isEqualTo("孙丽");
        assertThat(me.get("roles").toString()).isEqualTo("[\"PROTOCOL_OFFICER\",\"PLANNER\"]");
        assertThat(browser.get("/api/plans").statusCode()).isEqualTo(200);
        assertThat(admin.account("sun.li").get("directoryManaged").asBoolean()).isTrue();
    }

    @Test
    void somebodyInNoGroupWithARoleComesBackToTheSignInPageSayingWhy() {
        provider.add(
                "guo.ping",
                new OfficeIdentityProvider.Person(
                        "guo-ping-passphrase", "Guo Ping", "guo.ping@fao.example", List.of("catering")));
        DirectoryBrowser browser = new DirectoryBrowser(port);

        HttpResponse<String> back = browser.signIn(SIGN_IN_URL, "guo.ping", "guo-ping-passphrase");

        assertThat(back.uri().toString()).isEqualTo(browser.application() + "/sign-in?directory=no-role");
        assertThat(browser.get("/api/me").statusCode()).isEqualTo(401);
    }

    @Test
    void groupsChangedAtTheDirectoryChangeTheRolesAtTheNextSignIn() {
        provider.add(
                "zhou.min",
                new OfficeIdentityProvider.Person(
                        "zhou-min-passphrase", "Zhou Min", "zhou.min@guesthouse.example", List.of("venue-managers")));
        DirectoryBrowser manager = new DirectoryBrowser(port);
        manager.signIn(SIGN_IN_URL, "zhou.min", "zhou-min-passphrase");
        JsonNode account = admin.account("zhou.min");
        Api.Answer venues = admin.api()
                .put(
                        "/api/accounts/" + account.get("id").asLong(),
                        Map.of(
                                "displayName",
                                "Zhou Min",
                                "roles",
                                List.of("VENUE_MANAGER"),
                                "managedVenueIds",
                                List.of(GREAT_HALL),
                                "version",
                                account.get("version").asLong()));
        assertThat(venues.status()).as(venues.text()).isEqualTo(200);
        assertThat(manager.get("/api/me").statusCode())
                .as("the change of venues ended the session")
                .isEqualTo(401);

        provider.setGroups("zhou.min", List.of("planners"));
        DirectoryBrowser planner = new DirectoryBrowser(port);
        planner.signIn(SIGN_IN_URL, "zhou.min", "zhou-min-passphrase");

        JsonNode me = Api.json().readTree(planner.get("/api/me").body());
        assertThat(me.get("roles").toString()).isEqualTo("[\"PLANNER\"]");
        assertThat(me.get("managedVenueIds").toString())
                .as("a planner manages no venue")
                .isEqualTo("[]");
    }

    @Test
    void anAccountDisabledHereIsRefusedAfterTheDirectorySignedItIn() {
        provider.add(
                "ma.jun",
                new OfficeIdentityProvider.Person(
                        "ma-jun-passphrase", "Ma Jun", "ma.jun@fao.example", List.of("planners")));
        DirectoryBrowser browser = new DirectoryBrowser(port);
        browser.signIn(SIGN_IN_URL, "ma.jun", "ma-jun-passphrase");
        assertThat(browser.get("/api/me").statusCode()).isEqualTo(200);

        long id = admin.account("ma.jun").get("id").asLong();
        Api.Answer disabled = admin.api().post("/api/accounts/" + id + "/disable", "");
        assertThat(disabled.status()).as(disabled.text()).isEqualTo(200);
        assertThat(browser.get("/api/me").statusCode()).as("its session ended").isEqualTo(401);

        HttpResponse<String> back = new DirectoryBrowser(port).signIn(SIGN_IN_URL, "ma.jun", "ma-jun-passphrase");
        assertThat(back.uri().toString()).endsWith("/sign-in?directory=disabled");
    }
}
