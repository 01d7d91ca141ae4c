package io.taskgate.core.application.pipeline;

import io.taskgate.api.pipeline.Exchange;
import io.taskgate.api.pipeline.Stage;
import io.taskgate.api.pipeline.StageFamily;

import java.util.function.Predicate;

/**
 * A created stage with the identity of the plugin that made it, its effective order, and whether it may refuse
 * (a {@code misuse-pre} stage that may not runs beside the upstream call, see {@link PipelineInterceptor}).
 * {@code besideStage} is the same stage as it runs beside the call, on its detector's own threads: a plugin's stage
 * in line runs within its time budget on another thread, so that the request never waits past it, while beside the
 * call it runs on the detector thread itself, watched. {@code mayRefuseFor} says, per tenant, whether a stage that
 * may refuse may refuse that tenant's requests ({@link io.taskgate.api.spi.StageFactory#mayRefuse(String)}).
 */
public record RegisteredStage(String pluginId, StageFamily family, int order, Stage stage, boolean mayRefuse,
                              Stage besideStage, Predicate<String> mayRefuseFor) {

    /** Every tenant alike. */
    public static final Predicate<String> EVERY_TENANT = tenant -> true;

    public RegisteredStage(String pluginId, StageFamily family, int order, Stage stage, boolean mayRefuse,
                           Stage besideStage) {
        this(pluginId, family, order, stage, mayRefuse, besideStage, EVERY_TENANT);
    }

    public RegisteredStage(String pluginId, StageFamily family, int order, Stage stage, boolean mayRefuse) {
        this(pluginId, family, order, stage, mayRefuse, stage);
    }

    public RegisteredStage(String pluginId, StageFamily family, int order, Stage stage) {
        this(pluginId, family, order, stage, true);
    }

    /** Whether this stage runs beside the upstream call for every request: it never refuses. */
    public boolean besideTheCall() {
        return family == StageFamily.MISUSE_PRE && !mayRefuse;
    }

    /** Whether this stage runs beside the upstream call for {@code exchange}: it may not refuse its tenant. */
    public boolean besideTheCall(Exchange exchange) {
        return besideTheCall() || family == StageFamily.MISUSE_PRE && !mayRefuseFor.test(exchange.task().tenantId());
    }

    /** Whether it runs beside the call for some tenants and in front of it for others, as their settings say. */
    public boolean placedPerTenant() {
        return family == StageFamily.MISUSE_PRE && mayRefuse && mayRefuseFor != EVERY_TENANT;
    }
}
