/**
 * The answers of the admin API ({@code /api}) as records, shared by the gateway that writes them and the web console
 * that reads them. Records only, no dependencies. Instants are ISO-8601 strings, as on the wire; a null component is
 * written as JSON null unless its record says it is left out. The misuse and oversight answers (review cases, member
 * evidence, tenant oversight, the request log, plugin statuses, and the records they hold) keep the shape JSON-B
 * gave them: absent parts left out, properties in alphabetical order.
 */
package io.taskgate.api.admin;
