/**
 * The answers of the admin API ({@code /api}) as records, shared by the gateway that writes them and the web console
 * that reads them. Records only, no dependencies. Instants are ISO-8601 strings, as on the wire; a null component is
 * written as JSON null unless its record says it is left out.
 */
package io.taskgate.api.admin;
