package io.taskgate.core.interfaces.http;

import io.taskgate.api.pipeline.Refusal;
import jakarta.servlet.http.HttpServletRequest;
import org.junit.jupiter.api.Test;

import java.lang.reflect.Proxy;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class HeaderGuardTest {

    static HttpServletRequest request(Map<String, String> headers) {
        return (HttpServletRequest) Proxy.newProxyInstance(HttpServletRequest.class.getClassLoader(),
                new Class<?>[]{HttpServletRequest.class}, (proxy, method, args) -> switch (method.getName()) {
                    case "getHeaderNames" -> Collections.enumeration(headers.keySet());
                    case "getHeaders" -> Collections.enumeration(List.of(headers.get((String) args[0])));
                    default -> throw new UnsupportedOperationException(method.getName());
                });
    }

    static Optional<Refusal> check(String... nameValues) {
        Map<String, String> headers = new LinkedHashMap<>();
        for (int i = 0; i < nameValues.length; i += 2) {
            headers.put(nameValues[i], nameValues[i + 1]);
        }
        return HeaderGuard.check(request(headers));
    }

    @Test
    void ordinaryHeadersPass() {
        assertTrue(check("Authorization", "Bearer tg_abc_def", "X-Task-Id", "acme-checkout", "User-Agent", "x\ty").isEmpty());
    }

    @Test
    void aControlCharacterInTheTaskIdIs400InvalidTaskId() {
        for (String bad : List.of("acme\rcheckout", "acme\ncheckout", "acme\u0000checkout")) {
            Refusal refusal = check("X-Task-Id", bad).orElseThrow();
            assertEquals(400, refusal.status());
            assertEquals("invalid_task_id", refusal.code());
        }
    }

    @Test
    void aControlCharacterInAuthorizationIs401InvalidToken() {
        Refusal refusal = check("Authorization", "Bearer a\u0000b").orElseThrow();
        assertEquals(401, refusal.status());
        assertEquals("invalid_token", refusal.code());
    }

    @Test
    void headersOverEightKibibytesAre431() {
        Refusal refusal = check("Authorization", "Bearer " + "a".repeat(9000)).orElseThrow();
        assertEquals(431, refusal.status());
        assertEquals("request_header_fields_too_large", refusal.code());
    }

    @Test
    void aControlCharacterInAnotherHeaderIs400InvalidHeader() {
        assertEquals("invalid_header", check("X-Whatever", "a\u0001").orElseThrow().code());
    }
}
