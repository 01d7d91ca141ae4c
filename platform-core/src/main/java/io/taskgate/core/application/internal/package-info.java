/**
 * Default implementations of application ports and the technical helpers they share: the detector queue
 * ({@link io.taskgate.core.application.internal.BoundedDetectorQueue} for
 * {@link io.taskgate.core.application.pipeline.DetectorQueue}), the caches with their coherence across instances,
 * and the proxy's metrics.
 */
package io.taskgate.core.application.internal;
