package io.taskgate.core.application.misuse;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.taskgate.core.domain.model.misuse.MisusePolicy;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Tells the owner that a member was flagged: a JSON POST to the tenant's webhook, signed with the shared secret
 * ({@code X-Taskgate-Signature: sha256=<hex HMAC-SHA256 of the body>}), sent off the request path and retried
 * three times with back-off. A failing receiver never affects the gateway.
 */
@ApplicationScoped
public class FlagNotifier {

    private static final Logger LOG = Logger.getLogger(FlagNotifier.class.getName());
    private static final ObjectMapper JSON = new ObjectMapper();

    private final ExecutorService sender = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "taskgate-webhooks");
        t.setDaemon(true);
        return t;
    });
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(3)).build();

    public void flagged(MisusePolicy policy, Map<String, Object> event) {
        if (policy.webhookUrl() == null) {
            return;
        }
        byte[] body;
        try {
            body = JSON.writeValueAsBytes(event);
        } catch (java.io.IOException e) {
            LOG.log(Level.WARNING, "Webhook event not serialisable", e);
            return;
        }
        String url = policy.webhookUrl();
        String secret = policy.webhookSecret();
        sender.submit(() -> deliver(url, secret, body));
    }

    private void deliver(String url, String secret, byte[] body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(5))
                .header("Content-Type", "application/json").header("X-Taskgate-Event", "member.flagged")
                .POST(HttpRequest.BodyPublishers.ofByteArray(body));
        if (secret != null) {
            request.header("X-Taskgate-Signature", "sha256=" + sign(secret, body));
        }
        for (int attempt = 1; attempt <= 3; attempt++) {
            try {
                int status = http.send(request.build(), HttpResponse.BodyHandlers.discarding()).statusCode();
                if (status < 300) {
                    return;
                }
                LOG.warning("Webhook " + url + " answered " + status + " (attempt " + attempt + ")");
            } catch (java.io.IOException e) {
                LOG.warning("Webhook " + url + " failed: " + e.getMessage() + " (attempt " + attempt + ")");
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
            sleep(500L * attempt);
        }
    }

    /** The hex HMAC-SHA256 of the body under the secret; receivers recompute it to trust the call. */
    public static String sign(String secret, byte[] body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal(body));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is always available", e);
        }
    }

    private static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @PreDestroy
    void stop() {
        sender.shutdownNow();
    }
}
