/**
 * Default implementations of application services that have no other home: the request-path directories and caches
 * (members, tenants, tasks, with cache coherence across instances), the asynchronous usage ledger, the detector
 * queue, and the proxy's metrics.
 */
package io.taskgate.core.application.internal;
