package io.taskgate.core.application.access;

import io.taskgate.api.pipeline.Caller;

/** The port that tells who calls: an API key or a sign-in token in the {@code Authorization} header. */
public interface CallerAuthentication {

    /** The caller the header proves, or why it proves none. {@code authorization} may be null. */
    Caller authenticate(String authorization) throws InvalidCredentialsException;
}
