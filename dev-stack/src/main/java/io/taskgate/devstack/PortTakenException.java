package io.taskgate.devstack;

/** A server could not listen because another process took its port; one that chose the port itself may try again. */
public final class PortTakenException extends IllegalStateException {

    private static final long serialVersionUID = 1L;

    public PortTakenException(String message) {
        super(message);
    }
}
