package io.taskgate.core.application.quota;

import io.taskgate.api.pipeline.Caller;
import io.taskgate.api.pipeline.Endpoint;
import io.taskgate.api.pipeline.TaskInfo;
import io.taskgate.core.application.ProxyExchange;
import io.taskgate.core.domain.model.member.MemberLimits;
import io.taskgate.core.domain.model.quota.QuotaPlan;
import io.taskgate.core.domain.model.quota.RequestBounds;
import io.taskgate.core.domain.model.usage.PricingTable;
import io.taskgate.core.infrastructure.persistence.JdbcQuotaLedger;
import io.taskgate.core.infrastructure.persistence.QuotaDatabase;
import io.taskgate.core.application.upstream.UpstreamErrors;
import io.taskgate.core.interfaces.proxy.OpenAiRequest;
import org.junit.jupiter.api.Test;

import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/** A request for n choices can produce n completions: the quota reserves max_tokens (and its price) n times. */
class QuotaGuardChoicesTest {

    static final ZoneId ZONE = ZoneId.of("America/New_York");
    static final PricingTable PRICES = PricingTable.defaults();
    static final MemberLimits DAILY = new MemberLimits(1_000_000L, null, null, null, null, null, null, null);
    static final MemberLimits CAPPED = new MemberLimits(1_000_000L, null, null, null, null, null, 256L, null);

    final Clock clock = Clock.fixed(Instant.parse("2026-06-11T15:00:00Z"), ZoneOffset.UTC);
    final QuotaGuard guard = new QuotaGuard(new JdbcQuotaLedger(QuotaDatabase.create(), clock), clock, PRICES, 4096);

    static ProxyExchange exchange(Endpoint endpoint, String body) throws Exception {
        Caller caller = new Caller("sub-q", "quinn", Caller.AuthKind.TOKEN, null, Set.of("globex"),
                Set.of("globex-etl"), Set.of(endpoint.claimName()), Set.of("gpt-4o-mini"), Set.of());
        TaskInfo task = new TaskInfo("globex-etl", "globex", "ETL", "", true, Set.of());
        return new ProxyExchange(Instant.now(), System.nanoTime(), caller, task, endpoint,
                OpenAiRequest.parse(endpoint, body.getBytes(StandardCharsets.UTF_8)));
    }

    static String chat(String fields) {
        return "{\"model\":\"gpt-4o-mini\"," + fields + "\"messages\":[{\"role\":\"user\",\"content\":\"hi\"}]}";
    }

    static long micros(long prompt, long completion) {
        return QuotaPlan.micros(PRICES.priceOf("gpt-4o-mini").cost(prompt, completion), RoundingMode.CEILING);
    }

    @Test
    void nOfFiveReservesFiveTimesTheCompletion() throws Exception {
        ProxyExchange exchange = exchange(Endpoint.CHAT_COMPLETIONS, chat("\"n\":5,\"max_tokens\":500,"));

        RequestBounds bounds = guard.bounds(exchange, DAILY);

        assertEquals(2500, bounds.completionTokens());
        assertEquals(micros(bounds.promptTokens(), 2500), bounds.usdMicros());
        assertEquals(bounds.promptTokens() + 2500, bounds.tokens());
    }

    @Test
    void nOfFiveReservesFiveTimesTheUsdEstimateOfTheCompletion() throws Exception {
        RequestBounds five = guard.bounds(exchange(Endpoint.CHAT_COMPLETIONS, chat("\"n\":5,\"max_tokens\":500,")), DAILY);
        RequestBounds one = guard.bounds(exchange(Endpoint.CHAT_COMPLETIONS, chat("\"n\":1,\"max_tokens\":500,")), DAILY);

        long completionOnly = micros(0, 500);
        assertEquals(5 * 500, five.completionTokens());
        assertEquals(500, one.completionTokens());
        assertEquals(micros(five.promptTokens(), 0) + 5 * completionOnly, five.usdMicros(), 1,
                "5x the completion's price (rounding aside)");
    }

    @Test
    void nOfFiveIsReservedFromTheDailyQuota() throws Exception {
        ProxyExchange exchange = exchange(Endpoint.CHAT_COMPLETIONS, chat("\"n\":5,\"max_tokens\":500,"));
        long prompt = guard.bounds(exchange, DAILY).promptTokens();

        assertFalse(guard.admit(exchange, "globex/quinn", DAILY, ZONE).refused());

        assertEquals(Long.toString(1_000_000L - prompt - 2500),
                exchange.responseHeaders().get("X-Quota-Remaining-Tokens"));
    }

    @Test
    void withoutMaxTokensEachChoiceIsBoundByTheCapOrTheDefault() throws Exception {
        assertEquals(5 * 256, guard.bounds(exchange(Endpoint.CHAT_COMPLETIONS, chat("\"n\":5,")), CAPPED)
                .completionTokens());
        assertEquals(3 * 4096, guard.bounds(exchange(Endpoint.CHAT_COMPLETIONS, chat("\"n\":3,")), DAILY)
                .completionTokens());
    }

    @Test
    void legacyBestOfIsReservedForEveryCompletionItGenerates() throws Exception {
        ProxyExchange exchange = exchange(Endpoint.COMPLETIONS,
                "{\"model\":\"gpt-3.5-turbo-instruct\",\"prompt\":\"x\",\"n\":2,\"best_of\":4,\"max_tokens\":100}");
        assertEquals(400, guard.bounds(exchange, DAILY).completionTokens());
    }

    @Test
    void theLargestRequestStillFitsALongAndItsPriceIsComputed() throws Exception {
        ProxyExchange exchange = exchange(Endpoint.CHAT_COMPLETIONS, chat("\"n\":128,\"max_tokens\":1000000,"));
        RequestBounds bounds = guard.bounds(exchange, DAILY);
        assertEquals(128_000_000L, bounds.completionTokens());
        assertEquals(micros(bounds.promptTokens(), 128_000_000L), bounds.usdMicros());
    }

    @Test
    void anUnparsedBodyCountsOneChoice() {
        assertEquals(1, new ProxyExchange(Instant.now(), 0, null, null, Endpoint.CHAT_COMPLETIONS,
                new ProxyExchange.ProxyRequestBody() {
                    @Override
                    public Optional<Long> maxTokens() {
                        return Optional.of(10L);
                    }
                }).choices());
    }

    /** A 200 answer with broken JSON is settled as an upstream error: the whole reservation goes back. */
    @Test
    void aBrokenUpstreamAnswerReleasesTheReservation() throws Exception {
        ProxyExchange exchange = exchange(Endpoint.CHAT_COMPLETIONS, chat("\"max_tokens\":500,"));
        assertFalse(guard.admit(exchange, "globex/quinn", DAILY, ZONE).refused());

        exchange.upstreamCompleted(UpstreamErrors.BROKEN_ANSWER_STATUS, null, null);
        guard.settle(exchange);

        assertEquals("1000000", exchange.responseHeaders().get("X-Quota-Remaining-Tokens"));
    }
}
