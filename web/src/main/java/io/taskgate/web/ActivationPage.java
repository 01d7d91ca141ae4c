package io.taskgate.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.json.Json;
import jakarta.json.JsonReader;

import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/**
 * The public page where a new person redeems the one-time activation code their project owner handed them
 * (deployments without SMTP) and chooses a password; it calls the core's {@code POST /api/activation}, no sign-in.
 */
@Named
@RequestScoped
public class ActivationPage {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @Inject
    WebSecurity settings;

    private String code;
    private String password;
    private String repeat;
    private String outcome;
    private boolean done;

    public void activate() {
        if (password == null || !password.equals(repeat)) {
            outcome = "The two passwords differ. Type the same new password twice.";
            return;
        }
        String body = "{\"code\":" + Plain.quote(code == null ? "" : code.strip()) + ",\"password\":" + Plain.quote(password) + "}";
        try {
            HttpResponse<String> answer = HTTP.send(HttpRequest.newBuilder(URI.create(settings.getGatewayUrl() + "/api/activation"))
                    .timeout(Duration.ofSeconds(15)).header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
            done = answer.statusCode() == 200;
            outcome = done ? "Your password is set. Sign in with your username and the new password."
                    : message(answer.body());
        } catch (IOException e) {
            outcome = "The gateway cannot be reached; try again in a moment.";
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            outcome = "Interrupted; try again.";
        }
    }

    private static String message(String body) {
        try (JsonReader reader = Json.createReader(new StringReader(body))) {
            return reader.readObject().getJsonObject("error").getString("message");
        } catch (RuntimeException e) {
            return "The activation failed; ask your project owner for a new code.";
        }
    }

    public String getCode() { return code; }
    public void setCode(String code) { this.code = code; }
    public String getPassword() { return password; }
    public void setPassword(String password) { this.password = password; }
    public String getRepeat() { return repeat; }
    public void setRepeat(String repeat) { this.repeat = repeat; }
    public String getOutcome() { return outcome; }
    public boolean isDone() { return done; }
}
