package org.protocolplanner.support;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/**
 * Requests sent from a loopback address of the test's own (127.0.0.x) over a plain socket, since the
 * JDK's HTTP client cannot choose its local address. Sign-in throttling counts per address, so a test
 * that fails sign-ins on purpose does it from an address no other test uses. HTTP/1.0, so that the
 * answer is the rest of the stream and never chunked.
 */
public final class FromAddress {

    private final int port;
    private final String address;

    private FromAddress(int port, String address) {
        this.port = port;
        this.address = address;
    }

    public static FromAddress of(int port, String address) {
        return new FromAddress(port, address);
    }

    public record Answer(int status, Map<String, List<String>> headers, String body) {

        /** The first value of a header, by its name in any case. */
        public String header(String name) {
            List<String> values = headers.get(name.toLowerCase(Locale.ROOT));
            return values == null ? null : values.get(0);
        }

        public List<String> all(String name) {
            return headers.getOrDefault(name.toLowerCase(Locale.ROOT), List.of());
        }

        public JsonNode json() {
            return Api.json().readTree(body);
        }
    }

    /** {@code GET path} with HTTP Basic. */
    public Answer basic(String path, String username, String password) {
        String credentials =
                Base64.getEncoder().encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8));
        return send("GET", path, Map.of("Authorization", "Basic " + credentials), null);
    }

    /** The browser's sign-in: a CSRF cookie first, then {@code POST /login} with the form and the token. */
    public Answer formSignIn(String username, String password) {
        return formSignIn(username, password, Map.of());
    }

    /** The browser's sign-in with headers of its own on both requests (as a reverse proxy adds them). */
    public Answer formSignIn(String username, String password, Map<String, String> headers) {
        Answer csrf = send("GET", "/api/csrf", headers, null);
        String token = csrf.all("Set-Cookie").stream()
                .filter(cookie -> cookie.startsWith("XSRF-TOKEN="))
                .map(cookie -> cookie.substring("XSRF-TOKEN=".length()).split(";")[0])
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("no XSRF-TOKEN cookie: " + csrf));
        String form = "username=" + URLEncoder.encode(username, StandardCharsets.UTF_8) + "&password="
                + URLEncoder.encode(password, StandardCharsets.UTF_8);
        Map<String, String> signIn = new LinkedHashMap<>(headers);
        signIn.putAll(Map.of(
                "Cookie",
                "XSRF-TOKEN=" + token,
                "X-XSRF-TOKEN",
                token,
                "Content-Type",
                "application/x-www-form-urlencoded"));
        return send("POST", "/login", signIn, form);
    }

    public Answer send(String method, String path, Map<String, String> headers, String body) {
        byte[] content = body == null ? new byte[0] : body.getBytes(StandardCharsets.UTF_8);
        StringBuilder request = new StringBuilder(method + " " + path + " HTTP/1.0\r\nHost: localhost\r\n");
        headers.forEach(
                (name, value) -> request.append(name).append(": ").append(value).append("\r\n"));
        if (body != null) {
            request.append("Content-Length: ").append(content.length).append("\r\n");
        }
        request.append("\r\n");
        try (Socket socket = new Socket()) {
            socket.bind(new InetSocketAddress(InetAddress.getByName(address), 0));
            socket.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), port));
            OutputStream out = socket.getOutputStream();
            out.write(request.toString().getBytes(StandardCharsets.UTF_8));
            out.write(content);
            out.flush();
            InputStream in = socket.getInputStream();
            return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Answer parse(String response) {
        int end = response.indexOf("\r\n\r\n");
        String head = end < 0 ? response : response.substring(0, end);
        String[] lines = head.split("\r\n");
        Map<String, List<String>> headers = new LinkedHashMap<>();
        for (int i = 1; i < lines.length; i++) {
            int colon = lines[i].indexOf(':');
            if (colon > 0) {
                headers.computeIfAbsent(
                                lines[i].substring(0, colon).strip().toLowerCase(Locale.ROOT),
                                name -> new ArrayList<>())
                        .add(lines[i].substring(colon + 1).strip());
            }
        }
        return new Answer(
                Integer.parseInt(lines[0].split(" ")[1]), headers, end < 0 ? "" : response.substring(end + 4));
    }
}
