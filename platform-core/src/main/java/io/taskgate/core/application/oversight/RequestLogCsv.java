package io.taskgate.core.application.oversight;

import io.taskgate.api.admin.RequestRow;
import io.taskgate.api.admin.SignalView;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.stream.Collectors;

/** The request log as CSV (RFC 4180, Apache Commons CSV), one line per request, safe to open in a spreadsheet. */
public final class RequestLogCsv {

    static final String[] HEADER = {"time", "member", "task", "endpoint", "model", "status", "refusal", "intent",
            "signals", "prompt_tokens", "completion_tokens", "total_tokens", "cost_usd", "prompt"};

    private RequestLogCsv() {
    }

    public static String of(List<RequestRow> rows) {
        StringWriter out = new StringWriter();
        try (CSVPrinter csv = new CSVPrinter(out, CSVFormat.RFC4180.builder().setHeader(HEADER).get())) {
            for (RequestRow r : rows) {
                csv.printRecord(r.time(), text(r.username()), text(r.task()), r.endpoint(), text(r.model()),
                        r.status(), text(r.refusalCode()), text(r.intent()), text(signals(r.signals())),
                        r.promptTokens(), r.completionTokens(), r.promptTokens() + r.completionTokens(), r.costUsd().toPlainString(),
                        text(r.prompt()));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    /** "source SEVERITY label; ..." of a request's signals. */
    static String signals(List<SignalView> signals) {
        return signals.stream().map(s -> s.source() + " " + s.severity() + (s.label() == null ? "" : " " + s.label()))
                .collect(Collectors.joining("; "));
    }

    /** Text a spreadsheet would run as a formula starts with a quote; null is empty. */
    static String text(String value) {
        if (value == null) {
            return "";
        }
        return !value.isEmpty() && "=+-@\t\r".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
    }
}
