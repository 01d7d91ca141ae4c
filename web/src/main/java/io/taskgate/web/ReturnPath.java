package io.taskgate.web;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Optional;

/**
 * Where the console sends a user after sign-in: the console page they asked for, as a path on this server.
 *
 * <p>The OpenID Connect mechanism (Soteria) records the URL of the request that needed a sign-in in the session
 * ({@link #SOTERIA_ORIGINAL_REQUEST}) before it sends the browser to Keycloak, whether or not
 * {@code redirectToOriginalResource} is on. That option stays off: with it on, Soteria redirects to the page with
 * {@code code} and {@code state} in place of the page's own query string and replays the saved request through a
 * wrapper that failed with a NullPointerException in Payara. The callback servlet reads the recorded URL instead.
 *
 * <p>Only the path and query of a page under {@code <context>/app/} are kept, never a scheme, host or port, so the
 * redirect cannot leave the console (no open redirect), whatever the recorded URL says.
 */
public final class ReturnPath {

    /** The session attribute in which Soteria's OpenID Connect mechanism keeps the URL that needed a sign-in. */
    public static final String SOTERIA_ORIGINAL_REQUEST = "oidc.original.request";

    private ReturnPath() {
    }

    /**
     * The path (with its query) to return to, or empty when the recorded URL is missing, malformed or not a console
     * page of this application.
     */
    public static Optional<String> of(Object recordedUrl, String contextPath) {
        if (!(recordedUrl instanceof String url) || url.isBlank() || url.length() > 4096) {
            return Optional.empty();
        }
        for (int i = 0; i < url.length(); i++) {
            char c = url.charAt(i);
            if (c < 0x20 || c == 0x7f || c == '\\') {
                return Optional.empty(); // control characters (header splitting) and backslashes (browser quirks)
            }
        }
        URI uri;
        try {
            uri = new URI(url);
        } catch (URISyntaxException e) {
            return Optional.empty();
        }
        String path = uri.getRawPath();
        String prefix = (contextPath == null ? "" : contextPath) + "/app/";
        if (path == null || !path.startsWith(prefix) || path.contains("//") || uri.getRawFragment() != null) {
            return Optional.empty();
        }
        for (String segment : path.split("/")) {
            String decoded = segment.replace("%2e", ".").replace("%2E", ".");
            if (decoded.equals(".") || decoded.equals("..") || segment.contains("%2f") || segment.contains("%2F")
                    || segment.contains("%5c") || segment.contains("%5C")) {
                return Optional.empty();
            }
        }
        String query = uri.getRawQuery();
        return Optional.of(query == null || query.isEmpty() ? path : path + "?" + query);
    }
}
