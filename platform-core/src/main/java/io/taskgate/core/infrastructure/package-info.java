/**
 * Adapters behind the ports of {@code domain} and {@code application}: JPA and JDBC persistence (H2, PostgreSQL),
 * Keycloak's admin client, token and API-key verification, the upstream HTTP client, and plugin discovery. Adapters
 * are produced by CDI; they never depend on {@code interfaces} ({@code LayersTest}).
 */
package io.taskgate.core.infrastructure;
