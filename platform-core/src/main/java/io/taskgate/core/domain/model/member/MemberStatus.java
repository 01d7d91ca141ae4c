package io.taskgate.core.domain.model.member;

/** Where a membership stands. Only {@code ACTIVE} (and a {@code SUSPENDED} one past its end) may call. */
public enum MemberStatus {
    ACTIVE, SUSPENDED, BLOCKED, BANNED, OFFBOARDED
}
