package org.protocolplanner.security;

/** Which paths belong to the single-page UI's client-side router rather than to the server. */
public final class SpaRoutes {

    private static final String[] SERVER_PREFIXES = {
        "/api/", "/actuator", "/v3/", "/swagger-ui", "/feeds/", "/login", "/logout", "/oauth2/", "/assets/", "/error"
    };

    private SpaRoutes() {}

    public static boolean isClientSideRoute(String path) {
        if (path.isEmpty() || "/".equals(path) || path.contains(".")) {
            return false;
        }
        for (String prefix : SERVER_PREFIXES) {
            String bare = prefix.endsWith("/") ? prefix.substring(0, prefix.length() - 1) : prefix;
            if (path.startsWith(prefix) || path.equals(bare)) {
                return false;
            }
        }
        return true;
    }
}
