/**
 * The built-in pipeline stages (grants, quota limits and settlement, pricing, usage patterns, deviation scoring),
 * registered through the same SPI and {@link java.util.ServiceLoader} as plugin JARs; each is a thin factory over an
 * application service.
 */
package io.taskgate.core.stages;
