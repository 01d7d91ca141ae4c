package io.taskgate.web;

import jakarta.enterprise.inject.spi.CDI;
import jakarta.json.JsonObject;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

/** One member's request log, paged by the core ({@code GET /api/tenants/{t}/requests}) and filtered by the form above it. */
public class RequestLogModel extends LazyDataModel<Map<String, Object>> {

    private static final long serialVersionUID = 1L;

    private final String tenant;
    private final String member;
    private String task;
    private String intent;
    private Integer status;
    private LocalDate from;
    private LocalDate to;
    private String problem;

    public RequestLogModel(String tenant, String member) {
        this.tenant = tenant;
        this.member = member;
    }

    @Override
    public int count(Map<String, FilterMeta> filterBy) {
        return (int) Plain.number(page(0, 1).get("total"));
    }

    @Override
    @SuppressWarnings("unchecked")
    public List<Map<String, Object>> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
        Map<String, Object> page = page(first, pageSize);
        setRowCount((int) Plain.number(page.get("total")));
        return page.containsKey("items") ? (List<Map<String, Object>>) page.get("items") : List.of();
    }

    @Override
    public String getRowKey(Map<String, Object> row) {
        return String.valueOf(row.get("id"));
    }

    private Map<String, Object> page(int offset, int limit) {
        StringBuilder path = new StringBuilder("/api/tenants/").append(CoreApi.enc(tenant)).append("/requests?member=")
                .append(CoreApi.enc(member)).append("&offset=").append(offset).append("&limit=").append(Math.min(limit, 500));
        param(path, "task", task);
        param(path, "intent", intent);
        param(path, "status", status == null ? null : status.toString());
        param(path, "from", from == null ? null : from.atStartOfDay(ZoneOffset.UTC).toInstant().toString());
        param(path, "to", to == null ? null : to.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant().toString());
        try {
            JsonObject body = CDI.current().select(CoreApi.class).get().get(path.toString()).asJsonObject();
            problem = null;
            return Plain.map(body);
        } catch (CoreApi.CoreApiException e) {
            problem = e.getMessage();
            return Map.of("total", 0L);
        }
    }

    private static void param(StringBuilder path, String name, String value) {
        if (value != null && !value.isBlank()) {
            path.append('&').append(name).append('=').append(CoreApi.enc(value.strip()));
        }
    }

    public String getProblem() { return problem; }
    public String getTask() { return task; }
    public void setTask(String task) { this.task = task; }
    public String getIntent() { return intent; }
    public void setIntent(String intent) { this.intent = intent; }
    public Integer getStatus() { return status; }
    public void setStatus(Integer status) { this.status = status; }
    public LocalDate getFrom() { return from; }
    public void setFrom(LocalDate from) { this.from = from; }
    public LocalDate getTo() { return to; }
    public void setTo(LocalDate to) { this.to = to; }
}
