package io.taskgate.core.infrastructure.persistence;

import io.taskgate.core.domain.model.usage.RetainedPrompts;
import io.taskgate.core.domain.model.usage.UsageRecord;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/** {@link RetainedPrompts} read from the usage ledger's {@code prompt_text} column. */
@ApplicationScoped
public class LedgerRetainedPrompts implements RetainedPrompts {

    @Inject
    UsageQueries usage;

    @Override
    public Map<String, String> of(String tenantId, Set<String> requestIds) {
        Map<String, String> texts = new LinkedHashMap<>();
        for (UsageRecord row : usage.byIds(tenantId, requestIds)) {
            if (row.promptText() != null && !row.promptText().isBlank()) {
                texts.put(row.id(), row.promptText());
            }
        }
        return texts;
    }
}
