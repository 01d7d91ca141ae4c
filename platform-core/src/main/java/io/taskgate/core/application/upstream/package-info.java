/**
 * The upstream as the application sees it: the {@link io.taskgate.core.application.upstream.Upstream} port (its
 * adapter, {@code infrastructure.upstream.HttpUpstream}, only speaks HTTP), reading answers
 * ({@link io.taskgate.core.application.upstream.UpstreamAnswerReader}) and shaping upstream errors for the client
 * ({@link io.taskgate.core.application.upstream.UpstreamErrors}).
 */
package io.taskgate.core.application.upstream;
