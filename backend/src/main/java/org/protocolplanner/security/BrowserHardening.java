package org.protocolplanner.security;

import java.util.ArrayList;
import java.util.List;
import org.protocolplanner.shared.web.MapTiles;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.csrf.CookieCsrfTokenRepository;
import org.springframework.security.web.csrf.CsrfTokenRepository;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;

/**
 * What the browser is told to refuse (docs/decisions/0065-content-security-policy.md): every answer, the UI's
 * page and the API's alike, carries a Content Security Policy that runs only the application's own scripts,
 * a Referrer-Policy that gives other sites the origin at most, and a Permissions-Policy that turns off the
 * devices and sensors the planner never uses. Spring Security's own defaults (nosniff, X-Frame-Options DENY,
 * HSTS over TLS, no caching of answers) stay as they are.
 *
 * <p>Spring Security applies a {@code Customizer<HttpSecurity>} bean to every filter chain it builds, so the
 * chain in {@link SecurityConfiguration} gets these headers without naming them.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(MapTiles.class)
class BrowserHardening {

    /** Powerful features the UI has no use for, off for the page and anything it could embed. */
    static final String PERMISSIONS_POLICY = "accelerometer=(), camera=(), display-capture=(), geolocation=(),"
            + " gyroscope=(), hid=(), magnetometer=(), microphone=(), midi=(), payment=(), serial=(), usb=()";

    @Bean
    Customizer<HttpSecurity> browserHeaders(MapTiles tiles) {
        String policy = contentSecurityPolicy(tiles.origins());
        return http -> http.headers(headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives(policy))
                .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN))
                .permissionsPolicyHeader(permissions -> permissions.policy(PERMISSIONS_POLICY)));
    }

    /**
     * Scripts, connections, frames and everything else from this origin only. Styles may also be inline:
     * antd and its rc-components write {@code <style>} elements at run time (the CSS variables of the theme,
     * the scroll lock of a modal, the scroll bar measurement) without a way to give them a nonce. Images may
     * also be {@code data:} URIs (antd's and Leaflet's stylesheets inline small icons) and the map's tiles,
     * from exactly the configured tile server's hosts.
     */
    static String contentSecurityPolicy(List<String> tileOrigins) {
        List<String> images = new ArrayList<>(List.of("'self'", "data:"));
        images.addAll(tileOrigins);
        return String.join(
                "; ",
                "default-src 'self'",
                "script-src 'self'",
                "style-src 'self' 'unsafe-inline'",
                "img-src " + String.join(" ", images),
                "object-src 'none'",
                "base-uri 'self'",
                "form-action 'self'",
                "frame-ancestors 'none'");
    }

    /**
     * The CSRF token's cookie, readable by the UI's script as the SPA setup has it, and sent by the browser
     * only with same-site requests and top-level links (SameSite=Lax, docs/decisions/0066-same-site-lax-cookies.md).
     * It is Secure when the request came over TLS, also through a proxy that says so.
     */
    static CsrfTokenRepository csrfCookie() {
        CookieCsrfTokenRepository repository = CookieCsrfTokenRepository.withHttpOnlyFalse();
        repository.setCookieCustomizer(cookie -> cookie.sameSite("Lax"));
        return repository;
    }
}
