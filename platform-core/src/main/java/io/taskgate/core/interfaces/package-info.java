/**
 * Transport only: the OpenAI-compatible proxy ({@code /v1}), the admin API ({@code /api}), health checks and HTTP
 * filters. Resources parse, authorise, call one use case and write the reply; they hold no rules of their own and
 * never reach persistence ({@code LayersTest}).
 */
package io.taskgate.core.interfaces;
