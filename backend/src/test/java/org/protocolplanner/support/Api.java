package org.protocolplanner.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A real HTTP client against the application on its random port: HTTP Basic as one of the demo
 * accounts (or with a password of its own), or anonymous. Answers are kept as bytes, with the JSON parsed on demand;
 * a successful JSON answer is checked against the API document's required fields ({@link ApiContract}).
 */
public final class Api {

    public static final String DEMO_PASSWORD = "demo";

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final String baseUrl;
    private final String authorization;
    private final CookieManager cookies;
    private final HttpClient http;
    /** Signed in with the form: changes carry the CSRF token as the UI sends it. */
    private boolean session;

    private Api(String baseUrl, String authorization) {
        this(baseUrl, authorization, new CookieManager());
    }

    private Api(String baseUrl, String authorization, CookieManager cookies) {
        this.baseUrl = baseUrl;
        this.authorization = authorization;
        this.cookies = cookies;
        this.http = HttpClient.newBuilder().cookieHandler(cookies).build();
    }

    /**
     * The same browser talking to another instance on this machine: its cookies (the session and the CSRF
     * token) go along, as they do behind a load balancer that sends one browser to several instances.
     */
    public Api onPort(int port) {
        Api other = new Api("http://localhost:" + port, authorization, cookies);
        other.session = session;
        return other;
    }

    /** The value of a cookie this client holds, as a browser's script would read it. */
    public String cookie(String name) {
        return cookies.getCookieStore().getCookies().stream()
                .filter(cookie -> cookie.getName().equals(name))
                .map(java.net.HttpCookie::getValue)
                .findFirst()
                .orElse(null);
    }

    public static Api as(int port, String username) {
        return as(port, username, DEMO_PASSWORD);
    }

    public static Api as(int port, String username, String password) {
        String credentials = username + ":" + password;
        return new Api(
                "http://localhost:" + port,
                "Basic " + Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8)));
    }

    public static Api anonymous(int port) {
        return new Api("http://localhost:" + port, null);
    }

    /**
     * Signed in once with the form, as a browser is, and then by session cookie: the password hash is
     * checked once instead of on every request, which matters for tests that send many requests.
     */
    public static Api signedIn(int port, String username) {
        return signedIn(port, username, DEMO_PASSWORD);
    }

    public static Api signedIn(int port, String username, String password) {
        Api browser = anonymous(port);
        browser.get("/api/csrf");
        Answer signIn = browser.send(browser.request("/login")
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("X-XSRF-TOKEN", browser.cookie("XSRF-TOKEN"))
                .POST(HttpRequest.BodyPublishers.ofString("username=" + username + "&password="
                        + java.net.URLEncoder.encode(password, StandardCharsets.UTF_8))));
        if (signIn.status() != 200) {
            throw new IllegalStateException("sign-in as " + username + " failed: " + signIn.text());
        }
        browser.session = true;
        return browser;
    }

    public record Answer(int status, byte[] body, HttpResponse<byte[]> response) {

        public JsonNode json() {
            return JSON.readTree(body);
        }

        public String text() {
            return new String(body, StandardCharsets.UTF_8);
        }

        public String header(String name) {
            return response.headers().firstValue(name).orElse(null);
        }
    }

    public Answer get(String path) {
        return send(request(path).GET());
    }

    public Answer post(String path, Object body) {
        return send(request(path)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(bytes(body))));
    }

    public Answer put(String path, Object body) {
        return send(request(path)
                .header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofByteArray(bytes(body))));
    }

    public Answer delete(String path) {
        return send(request(path).DELETE());
    }

    public Answer send(HttpRequest.Builder builder) {
        try {
            HttpRequest request = builder.build();
            HttpResponse<byte[]> response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
            Answer answer = new Answer(response.statusCode(), response.body(), response);
            if (answer.status() / 100 == 2
                    && answer.body().length > 0
                    && answer.header("Content-Type") != null
                    && answer.header("Content-Type").startsWith("application/json")) {
                ApiContract.check(request.method(), request.uri(), answer.status(), answer.json());
            }
            return answer;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public HttpRequest.Builder request(String path) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(baseUrl + path));
        if (authorization != null) {
            builder.header("Authorization", authorization);
        }
        if (session && cookie("XSRF-TOKEN") != null) {
            builder.header("X-XSRF-TOKEN", cookie("XSRF-TOKEN"));
        }
        return builder;
    }

    private static byte[] bytes(Object body) {
        if (body instanceof byte[] raw) {
            return raw;
        }
        if (body instanceof String text) {
            return text.getBytes(StandardCharsets.UTF_8);
        }
        return JSON.writeValueAsBytes(body);
    }

    public static JsonMapper json() {
        return JSON;
    }
}
