package io.taskgate.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import io.taskgate.devstack.PayaraServer;
import io.taskgate.e2e.support.RawHttp;
import io.taskgate.e2e.support.StackExtension;
import io.taskgate.e2e.support.TestStack;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Headers the HTTP layer used to answer with an empty 400 (non-ASCII bytes, control characters, more than 8 KiB):
 * each now gets OpenAI JSON, on {@code /v1} and {@code /api}, from both kinds of gateway. Sent over a raw socket,
 * since an HTTP client refuses to send such headers.
 */
@ExtendWith(StackExtension.class)
class HeaderHygieneIT {

    static TestStack stack() {
        return TestStack.current();
    }

    record Answer(int status, String head, String body) {
        JsonNode error() {
            return RawHttp.json(body).path("error");
        }
    }

    static Answer send(PayaraServer gateway, String method, String path, byte[]... headerLines) throws IOException {
        URI uri = URI.create(gateway.baseUrl());
        byte[] body = "{\"model\":\"gpt-4o-mini\",\"messages\":[{\"role\":\"user\",\"content\":\"hi\"}]}"
                .getBytes(StandardCharsets.UTF_8);
        ByteArrayOutputStream request = new ByteArrayOutputStream();
        request.write((method + " " + path + " HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n").getBytes(StandardCharsets.US_ASCII));
        for (byte[] line : headerLines) {
            request.write(line);
            request.write("\r\n".getBytes(StandardCharsets.US_ASCII));
        }
        if (method.equals("POST")) {
            request.write(("Content-Type: application/json\r\nContent-Length: " + body.length + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            request.write(body);
        } else {
            request.write("\r\n".getBytes(StandardCharsets.US_ASCII));
        }
        try (Socket socket = new Socket(uri.getHost(), uri.getPort())) {
            socket.setSoTimeout(20_000);
            OutputStream out = socket.getOutputStream();
            out.write(request.toByteArray());
            out.flush();
            InputStream in = socket.getInputStream();
            String answer = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            int split = answer.indexOf("\r\n\r\n");
            String head = split < 0 ? answer : answer.substring(0, split);
            String rest = split < 0 ? "" : answer.substring(split + 4);
            int status = Integer.parseInt(head.split(" ")[1]);
            return new Answer(status, head, rest);
        }
    }

    static byte[] header(String name, byte[] value) {
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        line.writeBytes((name + ": ").getBytes(StandardCharsets.US_ASCII));
        line.writeBytes(value);
        return line.toByteArray();
    }

    static byte[] ascii(String text) {
        return text.getBytes(StandardCharsets.ISO_8859_1);
    }

    static void assertJsonError(Answer answer, int status, String code) {
        assertEquals(status, answer.status(), answer.head() + "\n" + answer.body());
        assertTrue(answer.head().toLowerCase(Locale.ROOT).contains("content-type: application/json"), answer.head());
        assertEquals(code, answer.error().path("code").asText(), answer.body());
        assertTrue(answer.error().path("message").isTextual(), answer.body());
    }

    static List<PayaraServer> gateways() {
        return List.of(stack().h2Gateway(), stack().postgresGateway());
    }

    @Test
    void anAuthorizationWithNonAsciiBytesIs401InvalidTokenOnBothSurfaces() throws IOException {
        byte[] auth = header("Authorization", new byte[]{'B', 'e', 'a', 'r', 'e', 'r', ' ', (byte) 0xc3, (byte) 0xa9, (byte) 0xff});
        for (PayaraServer gateway : gateways()) {
            assertJsonError(send(gateway, "POST", "/v1/chat/completions", auth, header("X-Task-Id", ascii("acme-checkout"))),
                    401, "invalid_token");
            assertJsonError(send(gateway, "GET", "/api/me", auth), 401, "invalid_token");
        }
    }

    @Test
    void aControlCharacterInAuthorizationIs401InvalidToken() throws IOException {
        byte[] auth = header("Authorization", ascii("Bearer abc\u0000def"));
        for (PayaraServer gateway : gateways()) {
            assertJsonError(send(gateway, "POST", "/v1/chat/completions", auth), 401, "invalid_token");
            assertJsonError(send(gateway, "GET", "/api/me", auth), 401, "invalid_token");
        }
    }

    @Test
    void headersOverEightKibibytesAre431() throws IOException {
        byte[] big = header("Authorization", ascii("Bearer " + "a".repeat(9_000)));
        for (PayaraServer gateway : gateways()) {
            assertJsonError(send(gateway, "POST", "/v1/chat/completions", big), 431, "request_header_fields_too_large");
            assertJsonError(send(gateway, "GET", "/api/me", big), 431, "request_header_fields_too_large");
        }
    }

    @Test
    void aTaskIdWithACarriageReturnNulOrNonAsciiByteIs400InvalidTaskId() throws IOException {
        byte[] bob = header("Authorization", ascii("Bearer " + stack().token("bob")));
        List<byte[]> bad = List.of(ascii("acme\rcheckout"), ascii("acme\u0000checkout"),
                new byte[]{'a', 'c', 'm', (byte) 0xe9}, new byte[]{'a', 'c', 'm', 'e', (byte) 0xc3, (byte) 0xa9});
        for (PayaraServer gateway : gateways()) {
            for (byte[] value : bad) {
                assertJsonError(send(gateway, "POST", "/v1/chat/completions", bob, header("X-Task-Id", value)),
                        400, "invalid_task_id");
            }
        }
    }

    @Test
    void aTaskIdBrokenByABareLineFeedIsRefusedInJson() throws IOException {
        byte[] bob = header("Authorization", ascii("Bearer " + stack().token("bob")));
        for (PayaraServer gateway : gateways()) {
            Answer answer = send(gateway, "POST", "/v1/chat/completions", bob, header("X-Task-Id", ascii("acme\ncheckout")));
            assertTrue(answer.status() == 400 || answer.status() == 403, answer.head() + "\n" + answer.body());
            assertTrue(answer.error().path("code").asText().startsWith("invalid_task_id")
                    || answer.error().path("code").asText().equals("task_not_allowed"), answer.body());
        }
    }
}
