/**
 * The use cases: what the gateway does for a request (the pipeline, quotas, streaming, the intent marker, misuse
 * scoring) and for an owner or a contractor (administration, review, usage). One home per use case, in a package
 * named after it. Technical ports live here too ({@link io.taskgate.core.application.DatabaseStatus},
 * {@link io.taskgate.core.application.CacheChanges}, {@link io.taskgate.core.application.UsageRowWriter},
 * {@link io.taskgate.core.application.UsageSpillStore}); their adapters are in {@code infrastructure}.
 * It never depends on {@code infrastructure} or {@code interfaces} ({@code LayersTest}).
 */
package io.taskgate.core.application;
