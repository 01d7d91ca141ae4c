package io.taskgate.api.admin;

import java.io.Serializable;
import java.util.List;

/** A page of the request log, newest first, and how many requests match the filters in all. */
public record RequestLogPage(long total, int offset, int limit, List<RequestRow> items) implements Serializable {
}
