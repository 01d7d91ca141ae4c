package io.taskgate.simulator;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;

/**
 * One HTTP request as the simulator received it.
 *
 * @param method          HTTP method
 * @param path            raw path, e.g. {@code /v1/chat/completions}
 * @param query           raw query string without {@code ?}, or {@code null}
 * @param headers         header names in lower case; repeated values joined by {@code ", "}
 * @param body            request body as UTF-8 text (empty when none)
 * @param receivedAtMillis epoch milliseconds of arrival
 */
public record RecordedRequest(String method, String path, String query, Map<String, String> headers,
                              String body, long receivedAtMillis) {

    public RecordedRequest {
        headers = Map.copyOf(headers);
    }

    /** Header value by case-insensitive name, or {@code null}. */
    public String header(String name) {
        return headers.get(name.toLowerCase(Locale.ROOT));
    }

    /** First URL-decoded value of a query parameter, or {@code null}. */
    public String queryParam(String name) {
        if (query == null || query.isEmpty()) {
            return null;
        }
        for (String pair : query.split("&")) {
            int eq = pair.indexOf('=');
            String key = decode(eq < 0 ? pair : pair.substring(0, eq));
            if (key.equals(name)) {
                return eq < 0 ? "" : decode(pair.substring(eq + 1));
            }
        }
        return null;
    }

    private static String decode(String s) {
        return URLDecoder.decode(s, StandardCharsets.UTF_8);
    }
}
