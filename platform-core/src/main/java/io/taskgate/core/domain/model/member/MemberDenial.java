package io.taskgate.core.domain.model.member;

import java.util.OptionalLong;

/** Why a membership may not call right now, with an HTTP status and, for a suspension, when to retry. */
public record MemberDenial(int status, String code, String message, OptionalLong retryAfterSeconds) {

    static MemberDenial of(String code, String message) {
        return new MemberDenial(403, code, message, OptionalLong.empty());
    }
}
