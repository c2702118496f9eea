package org.protocolplanner.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.protocolplanner.support.Api;
import org.protocolplanner.support.FromAddress;
import org.protocolplanner.support.IntegrationTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * What the browser is told, on the UI's page and on the API alike: the Content Security Policy (with the
 * test run's map tile server, application-test.yml), the referrer and permissions policies; and the session
 * and CSRF cookies' attributes, plain over HTTP and Secure when a proxy on this machine says the browser
 * came over https.
 */
@IntegrationTest
class BrowserHardeningIT {

    static final String POLICY = "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; "
            + "img-src 'self' data: https://a.tiles.example.org https://b.tiles.example.org "
            + "https://c.tiles.example.org; object-src 'none'; base-uri 'self'; form-action 'self'; "
            + "frame-ancestors 'none'";

    @LocalServerPort
    int port;

    @Test
    void theUisPagesAndTheApiCarryTheBrowserPolicies() {
        Api anonymous = Api.anonymous(port);
        Api officer = Api.as(port, "officer");
        Map<String, Api.Answer> answers = Map.of(
                "the UI's index page", anonymous.get("/"),
                "a deep link of the UI", anonymous.get("/plans/7/board"),
                "an API answer", officer.get("/api/plans"),
                "an API refusal", anonymous.get("/api/plans"),
                "a problem of the API", officer.get("/api/plans/999999999"),
                "an unknown feed", anonymous.get("/feeds/no-such-token/venues/x.ics"));
        assertThat(answers.get("the UI's index page").text()).contains("<div id=\"root\">");
        assertThat(answers.get("an API answer").status()).isEqualTo(200);
        answers.forEach((what, answer) -> {
            assertThat(answer.header("Content-Security-Policy")).as(what).isEqualTo(POLICY);
            assertThat(answer.header("Referrer-Policy")).as(what).isEqualTo("strict-origin-when-cross-origin");
            assertThat(answer.header("Permissions-Policy"))
                    .as(what)
                    .contains("camera=()", "microphone=()", "geolocation=()", "payment=()", "usb=()");
            assertThat(answer.header("X-Frame-Options")).as(what).isEqualTo("DENY");
            assertThat(answer.header("X-Content-Type-Options")).as(what).isEqualTo("nosniff");
        });
    }

    @Test
    void theMapTileServerTheUiDrawsOnIsTheOneThePolicyAllows() {
        Api.Answer tiles = Api.as(port, "manager").get("/api/map-tiles");

        assertThat(tiles.status()).isEqualTo(200);
        assertThat(tiles.json().get("tileUrl").asString()).isEqualTo("https://{s}.tiles.example.org/{z}/{x}/{y}.png");
        assertThat(tiles.json().get("attribution").asString()).isEqualTo("© Example tiles");
        assertThat(Api.anonymous(port).get("/api/map-tiles").status()).isEqualTo(401);
    }

    @Test
    void sessionAndCsrfCookiesAreSameSiteLaxAndSecureWithHstsOnlyOverHttps() {
        FromAddress browser = FromAddress.of(port, "127.0.0.70");
        String csrf = cookie(browser.send("GET", "/api/csrf", Map.of(), null).all("Set-Cookie"), "XSRF-TOKEN");
        String session = cookie(browser.formSignIn("planner", Api.DEMO_PASSWORD).all("Set-Cookie"), "JSESSIONID");

        assertThat(attributes(csrf)).contains("samesite=lax").doesNotContain("secure", "httponly");
        assertThat(attributes(session)).contains("samesite=lax", "httponly").doesNotContain("secure");

        // A reverse proxy on this machine that terminated TLS says so; the cookies then stay off plain HTTP.
        Map<String, String> overTls = Map.of("X-Forwarded-Proto", "https");
        String secureCsrf =
                cookie(browser.send("GET", "/api/csrf", overTls, null).all("Set-Cookie"), "XSRF-TOKEN");
        String secureSession =
                cookie(browser.formSignIn("planner", Api.DEMO_PASSWORD, overTls).all("Set-Cookie"), "JSESSIONID");
        assertThat(attributes(secureCsrf)).contains("samesite=lax", "secure").doesNotContain("httponly");
        assertThat(attributes(secureSession)).contains("samesite=lax", "secure", "httponly");
        assertThat(browser.send("GET", "/api/csrf", Map.of(), null).header("Strict-Transport-Security"))
                .isNull();
        assertThat(browser.send("GET", "/api/csrf", overTls, null).header("Strict-Transport-Security"))
                .startsWith("max-age=");
    }

    private static String cookie(List<String> setCookies, String name) {
        return setCookies.stream()
                .filter(cookie -> cookie.startsWith(name + "="))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no " + name + " cookie in " + setCookies));
    }

    /** A Set-Cookie's attributes after its value, lower case, without their values ("path", "samesite=lax"). */
    private static List<String> attributes(String setCookie) {
        return java.util.Arrays.stream(setCookie.split(";"))
                .skip(1)
                .map(String::strip)
                .map(attribute -> attribute.toLowerCase(java.util.Locale.ROOT))
                .map(attribute -> attribute.startsWith("samesite")
                        ? attribute.replace(" ", "")
                        : attribute.split("=")[0])
                .toList();
    }
}
