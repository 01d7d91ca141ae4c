package io.taskgate.core.interfaces.http;

import io.taskgate.api.pipeline.Refusal;
import io.taskgate.core.interfaces.http.OpenAiErrors;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.util.Collections;
import java.util.Optional;

/**
 * Refuses requests with broken headers in OpenAI JSON, on {@code /v1} and {@code /api}, before anything else reads
 * them. The HTTP layer is set to let such requests through to here (Grizzly's strict RFC 9110 value validation off,
 * header buffer 64 KiB; see {@code preboot.asadmin} and the JVM options) because it answered them with an empty
 * 400; this filter keeps the protection that validation gave:
 * <ul>
 *   <li>headers of more than {@value #MAX_HEADER_BYTES} bytes in all: 431 {@code request_header_fields_too_large};</li>
 *   <li>a control character (CR, LF, NUL, ... but not TAB) in a header value: 401 {@code invalid_token} in
 *   {@code Authorization}, 400 {@code invalid_task_id} in {@code X-Task-Id}, else 400 {@code invalid_header}.</li>
 * </ul>
 * Bytes outside ASCII are left to the reader of the header: an {@code Authorization} with them is no token (401),
 * an {@code X-Task-Id} with them no task id (400).
 */
@WebFilter(urlPatterns = {"/v1/*", "/t/*", "/api/*"})
public class HeaderGuard extends HttpFilter {

    static final int MAX_HEADER_BYTES = 8192;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        Optional<Refusal> refusal = check(request);
        if (refusal.isPresent()) {
            write(refusal.get(), response);
            return;
        }
        chain.doFilter(request, response);
    }

    static Optional<Refusal> check(HttpServletRequest request) {
        long bytes = 0;
        for (String name : Collections.list(request.getHeaderNames())) {
            for (String value : Collections.list(request.getHeaders(name))) {
                bytes += name.length() + value.length() + 4;
                if (hasControl(value)) {
                    return Optional.of(brokenValue(name));
                }
            }
        }
        if (bytes > MAX_HEADER_BYTES) {
            return Optional.of(Refusal.of(431, "request_header_fields_too_large", "The request headers are larger than"
                    + " this gateway accepts (" + MAX_HEADER_BYTES + " bytes in all)."));
        }
        return Optional.empty();
    }

    static boolean hasControl(String value) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if ((c < 0x20 && c != '\t') || c == 0x7f) {
                return true;
            }
        }
        return false;
    }

    private static Refusal brokenValue(String name) {
        if (name.equalsIgnoreCase("Authorization")) {
            return Refusal.of(401, "invalid_token", "The Authorization header contains control characters; send"
                    + " 'Bearer <token or API key>'.").withHeader("WWW-Authenticate", "Bearer realm=\"taskgate\"");
        }
        if (name.equalsIgnoreCase("X-Task-Id")) {
            return Refusal.of(400, "invalid_task_id", "X-Task-Id must be 1-64 letters, digits, '.', '-' or '_'.")
                    .withParam("X-Task-Id");
        }
        return Refusal.of(400, "invalid_header", "The header " + printable(name) + " contains control characters.");
    }

    private static String printable(String name) {
        return name.length() > 64 ? name.substring(0, 64) + "..." : name;
    }

    private static void write(Refusal refusal, HttpServletResponse response) throws IOException {
        response.setStatus(refusal.status());
        response.setContentType("application/json");
        refusal.headers().forEach(response::setHeader);
        response.setHeader("Connection", "close");
        byte[] body = OpenAiErrors.body(refusal);
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
    }
}
