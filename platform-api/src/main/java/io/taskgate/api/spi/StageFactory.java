package io.taskgate.api.spi;

import io.taskgate.api.pipeline.Stage;
import io.taskgate.api.pipeline.StageFamily;

import java.util.List;

/**
 * Creates the stages of one plugin, in the style of Keycloak's {@code ProviderFactory}. The core discovers
 * factories with {@link java.util.ServiceLoader} through the family interfaces ({@link TaskPolicyStageFactory},
 * {@link QuotaStageFactory}, ...), calls {@link #init(PluginConfig)} once, then {@link #create()} once and
 * uses the stage for every request: stages must be thread-safe. When the gateway stops it calls {@link #close()}.
 */
public interface StageFactory {

    /** Unique within its family; settings live under {@code gateway.<family>.<id>.*}. */
    String id();

    StageFamily family();

    /** Position within the family, lower first. Overridable by the {@code order} setting. */
    default int order() {
        return 100;
    }

    /** Called once with this plugin's settings before {@link #create()}. */
    default void init(PluginConfig config) {
    }

    Stage create();

    /** The settings this plugin reads, for documentation and for the admin UI to render. */
    default List<ConfigProperty> configMetadata() {
        return List.of();
    }

    /**
     * Whether this plugin's stage may refuse a request. Asked once, after {@link #init(PluginConfig)}. A
     * {@code misuse-pre} stage that never refuses (it only reports findings) runs beside the upstream call instead of
     * in front of it, so its cost never delays an answer; its findings are scored before the exchange settles, and a
     * block they cause applies from the member's next request. Defaults to {@code true}: a plugin that does not say
     * runs in line, before the call.
     */
    default boolean mayRefuse() {
        return true;
    }

    /**
     * Whether this plugin's stage may refuse a request of tenant {@code tenantId}; asked for every request of a
     * {@code misuse-pre} stage whose {@link #mayRefuse()} is true. A stage that refuses only where a tenant's settings
     * say so answers false for the other tenants, and for their requests it runs beside the upstream call, like a
     * detector that never refuses; it must then not refuse them. It is asked on the request's thread, so it should be
     * a lookup. Defaults to true: the stage runs in front of the call for everybody.
     */
    default boolean mayRefuse(String tenantId) {
        return true;
    }

    /**
     * Whether this plugin's stage keeps its time budget ({@code timeout-ms}) itself: every run returns or throws
     * within it on its own, for example by checking a deadline while it works. Asked once, after
     * {@link #init(PluginConfig)}. The core hands the run of a stage in front of the call to another thread and waits
     * at most the budget, which costs two thread switches per request; a stage that keeps its budget itself runs on
     * the request's own thread instead. Either way a run past the budget counts as failed. Defaults to {@code false}.
     */
    default boolean boundsItsOwnTime() {
        return false;
    }

    /**
     * A request waits for this plugin's runs beside earlier upstream calls: the member's next request, under a tenant
     * policy that refuses flagged members, waits until the member's earlier requests are scored, so that a block
     * applies from it on; and a stream's end waits for its own detectors before it settles. A detector that holds
     * runs back to share work among them (a batching linger) should send what it holds now. Called on the waiting
     * request's thread, so it must return at once; it is a hint, and a detector that holds nothing back ignores it
     * (the default).
     */
    default void hurry() {
    }

    /**
     * Called once when the gateway stops (or gives the plugin up): release what {@link #init} or {@link #create}
     * acquired, such as threads, connections or native sessions. A failing close is logged and does not stop the
     * other plugins from closing.
     */
    default void close() {
    }

    /** Human readable one-liner for admins. */
    default String description() {
        return id();
    }
}
