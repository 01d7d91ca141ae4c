/**
 * The domain: one package per aggregate under {@code domain.model} (tenant, task, member, API key, quota, usage,
 * misuse, audit, invitation), with its entities, value objects, rules and repository ports. It depends on nothing
 * but itself, the JDK, JPA's mapping annotations and the plugin API's value types ({@code LayersTest}).
 */
package io.taskgate.core.domain;
