package io.taskgate.core.stages;

import io.taskgate.api.pipeline.Stage;
import io.taskgate.api.spi.QuotaStageFactory;
import io.taskgate.core.application.quota.QuotaService;

/**
 * Built-in quota admission: reserves the most a request can cost on the member's counters (daily and monthly
 * tokens, USD budget, requests and tokens per minute, concurrent streams) before the upstream call.
 */
public class QuotaLimitsStageFactory implements QuotaStageFactory {

    static final String ID = "limits";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public int order() {
        return 10;
    }

    @Override
    public Stage create() {
        return exchange -> service().admit(exchange);
    }

    private static final CoreBean<QuotaService> SERVICE = new CoreBean<>(QuotaService.class);

    static QuotaService service() {
        return SERVICE.get();
    }

    @Override
    public String description() {
        return "Admits a request only if the member's quotas and rate limits have room for the most it can cost"
                + " (reserved atomically in the database).";
    }
}
