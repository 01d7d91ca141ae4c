/**
 * What both HTTP surfaces share, {@code /v1} (the proxy servlet) and {@code /api} (the admin API): the OpenAI error
 * format as responses ({@link io.taskgate.core.interfaces.http.OpenAiErrors}, over
 * {@code application.errors.OpenAiErrorBody}), the exception mappers that keep every failure in it, and the header
 * guard in front of both.
 */
package io.taskgate.core.interfaces.http;
