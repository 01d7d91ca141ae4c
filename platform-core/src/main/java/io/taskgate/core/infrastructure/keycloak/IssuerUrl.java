package io.taskgate.core.infrastructure.keycloak;

import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;

/** The parts of a Keycloak realm URL such as {@code http://host:port[/path]/realms/<realm>[/...]}. */
final class IssuerUrl {

    private static final String REALMS = "/realms/";

    private IssuerUrl() {
    }

    static boolean isRealmUrl(String url) {
        return url.contains(REALMS);
    }

    /** {@code http://host:port/realms/taskgate} gives {@code http://host:port} (a context path such as {@code /auth} is kept). */
    static String serverUrl(String realmUrl) {
        return stripSlashes(realmUrl.substring(0, realmsIndex(realmUrl)));
    }

    /** {@code http://host:port/realms/taskgate} gives {@code taskgate}. */
    static String realm(String issuer) {
        String rest = stripSlashes(issuer.substring(realmsIndex(issuer) + REALMS.length()));
        if (rest.isEmpty() || rest.contains("/")) {
            throw unusable(issuer);
        }
        return URLDecoder.decode(rest, StandardCharsets.UTF_8);
    }

    static String stripSlashes(String url) {
        String s = url.strip();
        while (s.endsWith("/")) {
            s = s.substring(0, s.length() - 1);
        }
        return s;
    }

    private static int realmsIndex(String url) {
        URI uri;
        try {
            uri = URI.create(url.strip());
        } catch (IllegalArgumentException e) {
            throw unusable(url);
        }
        int at = url.lastIndexOf(REALMS);
        if (uri.getScheme() == null || uri.getHost() == null || at < 0) {
            throw unusable(url);
        }
        return at;
    }

    private static IllegalArgumentException unusable(String url) {
        return new IllegalArgumentException("Cannot derive the Keycloak admin URL and realm from '" + url
                + "' (expected http(s)://host[:port][/path]/realms/<realm>): set KEYCLOAK_ADMIN_SERVER_URL and KEYCLOAK_ADMIN_REALM");
    }
}
