package io.taskgate.e2e.support;

import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/** Starts the shared {@link TestStack} before the first test class that needs it. */
public final class StackExtension implements BeforeAllCallback {

    @Override
    public void beforeAll(ExtensionContext context) {
        TestStack.startOrGet(context);
    }
}
