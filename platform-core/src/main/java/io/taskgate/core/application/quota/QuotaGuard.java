package io.taskgate.core.application.quota;

import io.taskgate.core.application.ExchangeAttributes;

import io.taskgate.api.pipeline.Endpoint;
import io.taskgate.api.pipeline.Exchange;
import io.taskgate.api.pipeline.Refusal;
import io.taskgate.api.pipeline.StageResult;
import io.taskgate.api.pipeline.Usage;
import io.taskgate.core.application.ProxyExchange;
import io.taskgate.core.domain.model.member.MemberLimits;
import io.taskgate.core.domain.model.quota.ActualUsage;
import io.taskgate.core.domain.model.quota.Admission;
import io.taskgate.core.domain.model.quota.QuotaLedger;
import io.taskgate.core.domain.model.quota.QuotaPlan;
import io.taskgate.core.domain.model.quota.Remaining;
import io.taskgate.core.domain.model.quota.RequestBounds;
import io.taskgate.core.domain.model.quota.Reservation;
import io.taskgate.core.domain.model.task.TaskQuota;
import io.taskgate.core.domain.model.quota.ReservationRequest;
import io.taskgate.core.domain.model.usage.PricingTable;

import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.ZoneId;
import java.util.Optional;

/**
 * Admission and settlement of one exchange against a member's limits and its task's own quota, without CDI: reserves the most the request
 * can cost before the upstream call, and replaces the reservation with the actual usage afterwards (once per
 * exchange, whatever happened in between). Refusals are results: 429 {@code quota_exceeded} or
 * {@code rate_limited} with {@code Retry-After}, or 503 {@code quota_unavailable} when the counters cannot be
 * reached, so nothing is ever admitted unmetered.
 */
public final class QuotaGuard {

    /** Bytes added to the request body's size for what a model adds per request (priming, separators). */
    static final long PROMPT_OVERHEAD_TOKENS = 16;
    static final long UNAVAILABLE_RETRY_SECONDS = 5;

    private final QuotaLedger ledger;
    private final Clock clock;
    private final PricingTable prices;
    private final long defaultMaxTokens;

    public QuotaGuard(QuotaLedger ledger, Clock clock, PricingTable prices, long defaultMaxTokens) {
        this.ledger = ledger;
        this.clock = clock;
        this.prices = prices;
        this.defaultMaxTokens = defaultMaxTokens;
    }

    public StageResult admit(Exchange exchange, String memberKey, MemberLimits limits, ZoneId zone) {
        return admit(exchange, memberKey, limits, TaskQuota.NONE, zone);
    }

    /** Admits the exchange against the member's own limits and its task's shared quota, all or nothing. */
    public StageResult admit(Exchange exchange, String memberKey, MemberLimits limits, TaskQuota taskQuota,
                             ZoneId zone) {
        if (limits.unlimited() && taskQuota.isNone()) {
            return StageResult.proceed();
        }
        ReservationRequest request = QuotaPlan.of(memberKey, limits, exchange.task().id(), taskQuota,
                bounds(exchange, limits), zone, clock.instant());
        if (request.isEmpty()) {
            return StageResult.proceed();
        }
        Admission admission = ledger.reserve(request);
        if (admission instanceof Admission.Admitted admitted) {
            exchange.attributes().put(ExchangeAttributes.QUOTA_RESERVATION, admitted.reservation());
            RemainingHeaders.write(exchange, admitted.reservation().remaining());
            return StageResult.proceed();
        }
        if (admission instanceof Admission.Refused refused) {
            return StageResult.refuse(QuotaRefusals.of(refused));
        }
        return StageResult.refuse(Refusal.of(503, "quota_unavailable", "The gateway cannot check your quota right now,"
                        + " so it does not forward the request. Try again in a few seconds.")
                .withHeader("Retry-After", Long.toString(UNAVAILABLE_RETRY_SECONDS)));
    }

    /** Settles the exchange's reservation, if it still holds one; a second call does nothing. */
    public void settle(Exchange exchange) {
        Object held = exchange.attributes().remove(ExchangeAttributes.QUOTA_RESERVATION);
        if (!(held instanceof Reservation reservation) || reservation.isEmpty()) {
            return;
        }
        Remaining remaining = ledger.settle(reservation, actual(exchange));
        RemainingHeaders.write(exchange, remaining);
    }

    /**
     * Records what a running stream has delivered so far on its reservation: what it is charged if this instance
     * stops before settling it (the other instances' sweep). Prompt and completion tokens are the same estimate as
     * for a disconnect.
     */
    public void delivered(Exchange exchange, long promptTokens, long completionTokens) {
        if (!(exchange.attributes().get(ExchangeAttributes.QUOTA_RESERVATION) instanceof Reservation reservation) || reservation.isEmpty()) {
            return;
        }
        var cost = prices.priceOf(exchange.model().orElse(null)).cost(promptTokens, completionTokens);
        ledger.delivered(reservation, ActualUsage.of(promptTokens + completionTokens,
                QuotaPlan.micros(cost, RoundingMode.CEILING)));
    }

    /** The most this request can cost. */
    RequestBounds bounds(Exchange exchange, MemberLimits limits) {
        boolean metered = exchange.endpoint() != Endpoint.MODELS;
        long prompt = metered ? promptBound(exchange) : 0;
        long completion = metered ? completionBound(exchange, limits) : 0;
        long usd = QuotaPlan.micros(prices.priceOf(exchange.model().orElse(null)).cost(prompt, completion),
                RoundingMode.CEILING);
        return new RequestBounds(exchange.model().orElse(""), prompt, completion, usd, exchange.streaming(), metered);
    }

    /**
     * Every token of a text model takes at least one byte of the text it came from, and all that text is in the
     * JSON body (messages, tools, prompt, input) together with per-message punctuation at least as long as a
     * model's per-message tokens; so the body's UTF-8 size plus a small overhead bounds the prompt tokens. The
     * intent-marker instruction the gateway adds to chat requests is counted the same way.
     */
    static long promptBound(Exchange exchange) {
        long size = exchange instanceof io.taskgate.core.application.ProxyExchange proxied
                ? proxied.requestBodyBytes() : exchange.requestBody().getBytes(StandardCharsets.UTF_8).length;
        if (size == 0) {
            size = exchange.promptText().getBytes(StandardCharsets.UTF_8).length;
        }
        long injected = exchange.attributes().get(ExchangeAttributes.INTENT_MARKER)
                instanceof io.taskgate.core.application.intent.IntentMarker marker
                ? marker.instruction().getBytes(StandardCharsets.UTF_8).length + PROMPT_OVERHEAD_TOKENS : 0;
        return size + PROMPT_OVERHEAD_TOKENS + injected;
    }

    /**
     * The completion tokens the request can produce: its per-choice limit (max_tokens, else the member's cap, else
     * the gateway's default) for every choice it asks for ({@code n}); saturating, never overflowing.
     */
    long completionBound(Exchange exchange, MemberLimits limits) {
        if (!exchange.endpoint().generates()) {
            return 0; // embeddings and moderations produce no completion tokens
        }
        long perChoice = exchange.maxTokens()
                .orElse(Optional.ofNullable(limits.maxTokensPerRequest()).orElse(defaultMaxTokens));
        long choices = exchange instanceof ProxyExchange proxied ? proxied.choices() : 1;
        return perChoice > Long.MAX_VALUE / choices ? Long.MAX_VALUE : perChoice * choices;
    }

    /** What the exchange really used: nothing if the upstream never answered or refused, else its reported usage. */
    ActualUsage actual(Exchange exchange) {
        int status = exchange.upstreamStatus().orElse(0);
        if (status == 0 || status >= 300) {
            return ActualUsage.NOTHING;
        }
        Optional<Usage> usage = exchange.usage();
        if (usage.isEmpty()) {
            return ActualUsage.UNKNOWN;
        }
        Usage u = usage.get();
        var cost = exchange.cost().orElseGet(() -> prices.priceOf(exchange.model().orElse(null))
                .cost(u.promptTokens(), u.completionTokens()));
        return ActualUsage.of(u.totalTokens(), QuotaPlan.micros(cost, RoundingMode.CEILING));
    }
}
