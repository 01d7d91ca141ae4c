package io.taskgate.core.application.proxy;

import io.taskgate.api.pipeline.Endpoint;

/**
 * Reads and parses the client's body when the use case asks for it: after the caller is known, so that a stranger
 * learns nothing about the body rules. Transport implements it; a bodiless call never asks.
 */
@FunctionalInterface
public interface RequestReader {

    ClientRequest read(Endpoint endpoint) throws RefusalException;
}
