package io.taskgate.core.application;

/**
 * The keys of what the core keeps in an exchange's {@link io.taskgate.api.pipeline.Exchange#attributes()}, in one
 * place. Plugins keep their own keys, prefixed with their id.
 */
public final class ExchangeAttributes {

    /** The {@link io.taskgate.core.application.intent.IntentMarker} added to the request, if any. */
    public static final String INTENT_MARKER = "taskgate.intent-marker";

    /** The quota reservation the quota stage holds for the exchange until settlement. */
    public static final String QUOTA_RESERVATION = "taskgate.quota-reservation";

    private ExchangeAttributes() {
    }
}
