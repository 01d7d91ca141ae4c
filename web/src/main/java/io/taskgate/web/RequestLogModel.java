package io.taskgate.web;

import io.taskgate.api.admin.RequestLogPage;
import io.taskgate.api.admin.RequestRow;
import jakarta.enterprise.inject.spi.CDI;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.StreamedContent;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

/**
 * A tenant's request log (of one member when the member is fixed), paged by the core
 * ({@code GET /api/tenants/{t}/requests}) and filtered by the form above it; the same filters export CSV.
 */
public class RequestLogModel extends LazyDataModel<RequestRow> {

    private static final long serialVersionUID = 1L;

    private final String tenant;
    private String member;
    private String task;
    private String intent;
    private String verdict;
    private String source;
    private Integer status;
    private LocalDate from;
    private LocalDate to;
    private String problem;

    /** {@code member} null: every member's requests, with the member as a filter. */
    public RequestLogModel(String tenant, String member) {
        this.tenant = tenant;
        this.member = member;
    }

    @Override
    public int count(Map<String, FilterMeta> filterBy) {
        return (int) page(0, 1).total();
    }

    @Override
    public List<RequestRow> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
        RequestLogPage page = page(first, pageSize);
        setRowCount((int) page.total());
        return page.items() == null ? List.of() : page.items();
    }

    @Override
    public String getRowKey(RequestRow row) {
        return String.valueOf(row.id());
    }

    /** The filtered requests as the core's CSV, for {@code <p:fileDownload>}; an error shows as a message. */
    public StreamedContent getCsv() {
        try {
            byte[] csv = core().text(query("format=csv")).getBytes(StandardCharsets.UTF_8);
            return DefaultStreamedContent.builder().name("requests-" + tenant + ".csv").contentType("text/csv")
                    .contentLength((long) csv.length).stream(() -> new ByteArrayInputStream(csv)).build();
        } catch (CoreApi.CoreApiException e) {
            Notices.failed("No CSV was exported", e);
            return null;
        }
    }

    private RequestLogPage page(int offset, int limit) {
        try {
            RequestLogPage page = core().get(query("offset=" + offset + "&limit=" + Math.min(limit, 500)),
                    RequestLogPage.class);
            problem = null;
            return page;
        } catch (CoreApi.CoreApiException e) {
            problem = e.getMessage();
            return new RequestLogPage(0, offset, limit, List.of());
        }
    }

    /** The path with the filters set in the form. */
    String query(String first) {
        StringBuilder path = new StringBuilder("/api/tenants/").append(CoreApi.enc(tenant)).append("/requests?").append(first);
        param(path, "member", member);
        param(path, "task", task);
        param(path, "intent", intent);
        param(path, "verdict", verdict);
        param(path, "source", source);
        param(path, "status", status == null ? null : status.toString());
        param(path, "from", from == null ? null : from.atStartOfDay(ZoneOffset.UTC).toInstant().toString());
        param(path, "to", to == null ? null : to.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant().toString());
        return path.toString();
    }

    private static CoreApi core() {
        return CDI.current().select(CoreApi.class).get();
    }

    private static void param(StringBuilder path, String name, String value) {
        if (value != null && !value.isBlank()) {
            path.append('&').append(name).append('=').append(CoreApi.enc(value.strip()));
        }
    }

    public String getProblem() { return problem; }
    public String getMember() { return member; }
    public void setMember(String member) { this.member = member; }
    public String getTask() { return task; }
    public void setTask(String task) { this.task = task; }
    public String getIntent() { return intent; }
    public void setIntent(String intent) { this.intent = intent; }
    public String getVerdict() { return verdict; }
    public void setVerdict(String verdict) { this.verdict = verdict; }
    public String getSource() { return source; }
    public void setSource(String source) { this.source = source; }
    public Integer getStatus() { return status; }
    public void setStatus(Integer status) { this.status = status; }
    public LocalDate getFrom() { return from; }
    public void setFrom(LocalDate from) { this.from = from; }
    public LocalDate getTo() { return to; }
    public void setTo(LocalDate to) { this.to = to; }
}
