package io.taskgate.e2e.container;

import io.taskgate.api.pipeline.Exchange;
import io.taskgate.api.pipeline.Stage;
import io.taskgate.api.pipeline.StageResult;
import io.taskgate.api.spi.PostCallMisuseStageFactory;
import io.taskgate.api.spi.PreCallMisuseStageFactory;
import io.taskgate.api.spi.QuotaStageFactory;
import io.taskgate.api.spi.SettlementStageFactory;
import io.taskgate.api.spi.StageFactory;
import io.taskgate.api.spi.TaskPolicyStageFactory;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * What {@link GatewayContainerIT} sees of the pipeline: one recording stage per family (registered through
 * {@code META-INF/services} in a JAR added to the deployed WAR, so the gateway's own {@code ServiceLoader} discovery
 * finds them next to the built-in stages), ordered first in its family, and the probe's upstream call. Only the
 * probe caller's exchanges are recorded, keyed by request id.
 */
public final class PipelineTrace {

    public static final String PROBE_USER = "arq-pipeline-probe";
    public static final String UPSTREAM_CALL = "upstream-call";
    static final String RECORDER_ID = "arq-recorder";

    private static final Map<String, List<String>> STEPS = new ConcurrentHashMap<>();

    private PipelineTrace() {
    }

    public static void record(Exchange exchange, String step) {
        if (exchange.caller() != null && PROBE_USER.equals(exchange.caller().username())) {
            STEPS.computeIfAbsent(exchange.requestId(), id -> new CopyOnWriteArrayList<>()).add(step);
        }
    }

    /** The steps of one exchange, in the order they ran. */
    public static List<String> of(String requestId) {
        return List.copyOf(STEPS.getOrDefault(requestId, List.of()));
    }

    /** The recording factories, one per family SPI. */
    public static final List<Class<? extends StageFactory>> RECORDERS = List.of(TaskPolicy.class, Quota.class,
            MisusePre.class, MisusePost.class, Settlement.class);

    private abstract static class Recorder implements StageFactory {
        @Override
        public String id() {
            return RECORDER_ID;
        }

        @Override
        public int order() {
            return Integer.MIN_VALUE;
        }

        @Override
        public Stage create() {
            String step = family().configKey();
            return exchange -> {
                record(exchange, step);
                return StageResult.proceed();
            };
        }
    }

    public static final class TaskPolicy extends Recorder implements TaskPolicyStageFactory {
    }

    public static final class Quota extends Recorder implements QuotaStageFactory {
    }

    public static final class MisusePre extends Recorder implements PreCallMisuseStageFactory {
    }

    public static final class MisusePost extends Recorder implements PostCallMisuseStageFactory {
    }

    public static final class Settlement extends Recorder implements SettlementStageFactory {
    }
}
