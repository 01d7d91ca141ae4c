package io.taskgate.core.application.admin;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.taskgate.core.domain.model.audit.AuditEntry;
import io.taskgate.core.domain.model.audit.AuditRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.time.Clock;

/**
 * Writes audit entries inside the caller's transaction, so an action and its entry commit together. The target's
 * state before and after is a record (the admin API's view of it), written as JSON with every component, nulls included.
 */
@ApplicationScoped
public class AuditTrail {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Inject
    AuditRepository entries;

    Clock clock = Clock.systemUTC();

    public void record(String actor, String tenantId, String action, String targetType, String targetId,
                       Record before, Record after) {
        entries.add(new AuditEntry(clock.instant(), tenantId, actor, action, targetType, targetId,
                json(before), json(after)));
    }

    private static String json(Record view) {
        if (view == null) {
            return null;
        }
        try {
            return JSON.writeValueAsString(view);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Audit view not serialisable", e);
        }
    }
}
