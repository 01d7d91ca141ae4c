package io.taskgate.core.application.ledger;

import io.taskgate.core.application.ProxyMetrics;

import io.taskgate.core.application.access.TenantDirectory;


import io.taskgate.api.pipeline.Endpoint;
import io.taskgate.api.pipeline.Usage;
import io.taskgate.core.TestExchanges;
import io.taskgate.core.application.ProxyExchange;
import io.taskgate.core.domain.model.tenant.Tenant;
import io.taskgate.core.domain.model.usage.UsageRecord;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class ExchangeLedgerTest {

    final List<UsageRecord> written = new ArrayList<>();

    ExchangeLedger ledger(TenantDirectory tenants) {
        ExchangeLedger ledger = new ExchangeLedger();
        ledger.ledger = written::add;
        ledger.tenants = tenants;
        ledger.metrics = ProxyMetrics.NONE;
        return ledger;
    }

    @Test
    void aRowIsKeptWithoutItsPromptWhenTheTenantsRetentionCannotBeRead() {
        ExchangeLedger ledger = ledger(new TenantDirectory() {
            @Override
            public Optional<Tenant> find(String tenantId) {
                throw new IllegalStateException("no EntityManager on this thread");
            }
        });
        ProxyExchange exchange = TestExchanges.chatExchange("gpt-4o-mini");
        ledger.completed(exchange, 200, null, new Usage(12, 34, false));
        assertEquals(1, written.size(), "the row is written whatever the retention lookup does");
        assertEquals(exchange.requestId(), written.get(0).id());
        assertEquals(34, written.get(0).completionTokens());
        assertNull(written.get(0).promptText(), "privacy first: an unknown retention keeps no prompt");
    }
}
