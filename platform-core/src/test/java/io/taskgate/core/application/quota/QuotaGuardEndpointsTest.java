package io.taskgate.core.application.quota;

import io.taskgate.api.pipeline.Endpoint;
import io.taskgate.core.application.ProxyExchange;
import io.taskgate.core.domain.model.quota.RequestBounds;
import io.taskgate.core.infrastructure.persistence.JdbcQuotaLedger;
import io.taskgate.core.infrastructure.persistence.QuotaDatabase;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

import static io.taskgate.core.application.quota.QuotaGuardChoicesTest.DAILY;
import static io.taskgate.core.application.quota.QuotaGuardChoicesTest.PRICES;
import static io.taskgate.core.application.quota.QuotaGuardChoicesTest.exchange;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What the quota reserves for the Responses API and for moderations. */
class QuotaGuardEndpointsTest {

    final Clock clock = Clock.fixed(Instant.parse("2026-06-11T15:00:00Z"), ZoneOffset.UTC);
    final QuotaGuard guard = new QuotaGuard(new JdbcQuotaLedger(QuotaDatabase.create(), clock), clock, PRICES, 4096);

    @Test
    void aResponsesRequestReservesItsMaxOutputTokensAndItsInputSize() throws Exception {
        String body = "{\"model\":\"gpt-4o-mini\",\"input\":\"Write a unit test\",\"max_output_tokens\":700}";
        ProxyExchange exchange = exchange(Endpoint.RESPONSES, body);

        RequestBounds bounds = guard.bounds(exchange, DAILY);

        assertEquals(700, bounds.completionTokens());
        assertTrue(bounds.promptTokens() >= body.getBytes(StandardCharsets.UTF_8).length, bounds.toString());
    }

    @Test
    void aModerationReservesItsInputAndNoCompletion() throws Exception {
        ProxyExchange exchange = exchange(Endpoint.MODERATIONS, "{\"model\":\"gpt-4o-mini\",\"input\":\"is this ok?\"}");

        RequestBounds bounds = guard.bounds(exchange, DAILY);

        assertEquals(0, bounds.completionTokens());
        assertTrue(bounds.promptTokens() > 0);
    }
}
