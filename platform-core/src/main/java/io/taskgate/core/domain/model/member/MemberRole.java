package io.taskgate.core.domain.model.member;

/** A member's role inside one tenant. */
public enum MemberRole {
    OWNER, CONTRACTOR
}
