package io.taskgate.core.application.admin;

/** What a caller is to one tenant; decides which admin functions they may use there. */
public enum Standing {
    PLATFORM_ADMIN, OWNER, MEMBER, OUTSIDER;

    public boolean manages() {
        return this == PLATFORM_ADMIN || this == OWNER;
    }
}
