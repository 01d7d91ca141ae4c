/**
 * Who may call, for which task: the {@link io.taskgate.core.application.access.CallerAuthentication} port, the
 * membership decision ({@link io.taskgate.core.application.access.MemberAccess}), the cached directories of members,
 * tasks and tenants the request path reads, and the {@link io.taskgate.core.application.access.RequestContext} a
 * call is resolved to once.
 */
package io.taskgate.core.application.access;
