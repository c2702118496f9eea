package org.protocolplanner.security.directory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A browser as far as signing in with OpenID Connect needs one: it follows redirects from the application to
 * the provider and back, keeps each host's cookies, and fills in the provider's sign-in form. The application
 * is reached as {@code 127.0.0.1}, the provider as {@code localhost} (see {@link OfficeIdentityProvider}).
 */
final class DirectoryBrowser {

    private static final Pattern CSRF_FIELD = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"");

    private final String application;
    private final HttpClient http = HttpClient.newBuilder()
            .cookieHandler(new CookieManager())
            .followRedirects(HttpClient.Redirect.NORMAL)
            .build();

    DirectoryBrowser(int applicationPort) {
        this.application = "http://127.0.0.1:" + applicationPort;
    }

    String application() {
        return application;
    }

    /**
     * Follows the sign-in page's link to the provider, signs in there, and answers where the browser ended up
     * back at the application.
     */
    HttpResponse<String> signIn(String signInUrl, String username, String password) {
        HttpResponse<String> form =
                send(HttpRequest.newBuilder(URI.create(application + signInUrl)).GET());
        Matcher csrf = CSRF_FIELD.matcher(form.body());
        if (form.statusCode() != 200 || !csrf.find()) {
            throw new IllegalStateException("no sign-in form at the provider: " + form.uri() + " " + form.statusCode());
        }
        String fields =
                "username=" + encode(username) + "&password=" + encode(password) + "&_csrf=" + encode(csrf.group(1));
        return send(HttpRequest.newBuilder(form.uri())
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(fields)));
    }

    HttpResponse<String> get(String path) {
        return send(HttpRequest.newBuilder(URI.create(application + path)).GET());
    }

    private HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            // What a browser asks for when it navigates: the provider keeps only such requests for after its sign-in.
            return http.send(
                    request.header("Accept", "text/html,application/xhtml+xml,*/*;q=0.8")
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
