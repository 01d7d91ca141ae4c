/**
 * The proxy use case, in one home: {@link io.taskgate.core.application.proxy.ProxyCall} takes a call from transport,
 * decides access, applies the body policy (completion limit, intent marker), makes the one intercepted upstream call
 * ({@link io.taskgate.core.application.proxy.UpstreamCall}, through the
 * {@link io.taskgate.core.application.upstream.Upstream} port) and ends every call in exactly one ledger row
 * ({@link io.taskgate.core.application.proxy.ExchangeFinish}). Transport only routes, parses the body when asked and
 * writes the {@link io.taskgate.core.application.proxy.ProxyResult}.
 */
package io.taskgate.core.application.proxy;
