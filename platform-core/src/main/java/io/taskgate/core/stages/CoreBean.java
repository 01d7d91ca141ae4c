package io.taskgate.core.stages;

import jakarta.enterprise.inject.spi.CDI;

import java.util.function.Supplier;

/**
 * A core bean for a built-in stage. Stages are created by {@link java.util.ServiceLoader}, outside CDI, so they look
 * their application-scoped bean up; this does it once, on first use, instead of on every request.
 */
final class CoreBean<T> implements Supplier<T> {

    private final Class<T> type;
    private volatile T bean;

    CoreBean(Class<T> type) {
        this.type = type;
    }

    @Override
    public T get() {
        T found = bean;
        if (found == null) {
            found = CDI.current().select(type).get();
            bean = found;
        }
        return found;
    }
}
