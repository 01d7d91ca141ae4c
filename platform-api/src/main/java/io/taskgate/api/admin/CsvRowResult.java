package io.taskgate.api.admin;

import java.io.Serializable;

/**
 * The outcome of one CSV row (line numbers count the header as line 1): {@code result} is created, linked or failed,
 * with the error {@code code} and {@code message} when it failed, and the invitation of a newly created person.
 * Absent parts are left out.
 */
public record CsvRowResult(int line, String username, String result, String code, String message,
                           InvitationView invitation) implements Serializable {
}
