package io.taskgate.core.interfaces.proxy;

import io.taskgate.core.application.proxy.ProxyCall;
import io.taskgate.core.application.proxy.ProxyCommand;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import io.taskgate.core.application.proxy.DatabaseOutage;

import io.taskgate.api.pipeline.Endpoint;
import io.taskgate.api.pipeline.Refusal;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Level;

/**
 * The OpenAI-compatible surface, {@code /v1/*}. A servlet rather than a JAX-RS resource because server-sent
 * events must reach the client as each one is flushed, and Jersey's entity stream in this Payara release
 * holds flushed bytes back until the response ends. The pipeline, ledger and everything else are CDI beans
 * shared with the REST API; the endpoints are described in {@code META-INF/openapi.yaml}.
 */
@WebServlet(name = "openai-proxy", urlPatterns = {"/v1/*", "/t/*"}, loadOnStartup = 1)
public class ProxyServlet extends HttpServlet {

    private static final java.util.logging.Logger LOG = java.util.logging.Logger.getLogger(ProxyServlet.class.getName());

    static final String TASK_HEADER = "X-Task-Id";
    private static final Map<String, Endpoint> POST_ROUTES = Map.of(
            "/chat/completions", Endpoint.CHAT_COMPLETIONS,
            "/responses", Endpoint.RESPONSES,
            "/completions", Endpoint.COMPLETIONS,
            "/embeddings", Endpoint.EMBEDDINGS,
            "/moderations", Endpoint.MODERATIONS);
    /** What an unknown path is told: every endpoint the gateway serves. */
    static final String SERVED = "POST /v1/chat/completions, POST /v1/responses, POST /v1/completions, "
            + "POST /v1/embeddings, POST /v1/moderations and GET /v1/models";

    @Inject
    transient ProxyCall proxyCall;

    @Inject
    transient ProxyReplies replies;

    @Inject
    @ConfigProperty(name = "gateway.proxy.max-body-bytes", defaultValue = "4194304")
    transient long maxBodyBytes;

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String path = Optional.ofNullable(request.getPathInfo()).orElse("/");
        String taskInPath = null;
        if ("/t".equals(request.getServletPath())) {
            // /t/<task>/v1/<endpoint>: the base URL names the task, for tools that cannot add X-Task-Id
            int slash = path.indexOf('/', 1);
            String rest = slash < 0 ? "" : path.substring(slash);
            if (slash < 0 || !(rest.equals("/v1") || rest.startsWith("/v1/"))) {
                write(ProxyReply.error(Refusal.of(404, "unknown_endpoint", "No such endpoint. A base URL that names"
                        + " its task looks like /t/<task>/v1, e.g. /t/acme-checkout/v1/chat/completions.")), response);
                return;
            }
            taskInPath = java.net.URLDecoder.decode(path.substring(1, slash), java.nio.charset.StandardCharsets.UTF_8);
            path = rest.substring("/v1".length());
            if (path.isEmpty()) {
                path = "/";
            }
        }
        if (path.length() > 1 && path.endsWith("/")) {
            path = path.substring(0, path.length() - 1);
        }
        String method = request.getMethod();
        ProxyReply reply;
        if (path.equals("/models")) {
            reply = "GET".equals(method) ? handle(Endpoint.MODELS, request, taskInPath, InputStream.nullInputStream())
                    : notAllowed("GET");
        } else if (POST_ROUTES.containsKey(path)) {
            reply = "POST".equals(method) ? handle(POST_ROUTES.get(path), request, taskInPath, request.getInputStream())
                    : notAllowed("POST");
        } else {
            reply = ProxyReply.error(Refusal.of(404, "unknown_endpoint", "No such endpoint: /v1"
                    + shown(path) + ". The gateway serves " + SERVED + "."));
        }
        write(reply, response);
    }

    /**
     * Every failure is answered in OpenAI JSON: a database outage as 503 with {@code Retry-After}, anything else
     * as 500 with an incident id in the log, never the server's HTML error page.
     */
    private ProxyReply handle(Endpoint endpoint, HttpServletRequest request, String taskInPath, InputStream body) {
        try {
            return replies.of(proxyCall.handle(new ProxyCommand(endpoint, request.getHeader("Authorization"),
                    request.getHeader(TASK_HEADER), taskInPath, new BodyReader(body, maxBodyBytes))));
        } catch (RuntimeException e) {
            if (DatabaseOutage.causedBy(e)) {
                LOG.log(Level.WARNING, "Database unavailable: " + e);
                return ProxyReply.error(DatabaseOutage.refusal());
            }
            String incident = java.util.UUID.randomUUID().toString();
            LOG.log(Level.SEVERE, "Unexpected error, incident " + incident, e);
            return ProxyReply.error(Refusal.of(500, "internal_error",
                    "The gateway failed unexpectedly (incident " + incident + "). Tell the operator."));
        }
    }

    /** The unknown path as the message names it: printable ASCII only, at most 80 characters. */
    static String shown(String path) {
        String printable = path.equals("/") ? "" : path.replaceAll("[^\\x20-\\x7E]", "?");
        return printable.length() <= 80 ? printable : printable.substring(0, 77) + "...";
    }

    private static ProxyReply notAllowed(String allowed) {
        return ProxyReply.error(Refusal.of(405, "method_not_allowed", "Use " + allowed + " for this endpoint.")
                .withHeader("Allow", allowed));
    }

    private static void write(ProxyReply reply, HttpServletResponse response) throws IOException {
        response.setStatus(reply.status());
        reply.headers().forEach((name, value) -> {
            if ("Content-Type".equalsIgnoreCase(name)) {
                response.setContentType(value);
            } else if ("Content-Length".equalsIgnoreCase(name)) {
                response.setContentLengthLong(Long.parseLong(value));
            } else {
                response.setHeader(name, value);
            }
        });
        OutputStream out = response.getOutputStream();
        reply.body().writeTo(out);
        out.flush();
    }
}
