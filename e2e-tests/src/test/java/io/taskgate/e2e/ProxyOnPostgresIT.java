package io.taskgate.e2e;

import io.taskgate.devstack.PayaraServer;

/** The proxy contract against the gateway on PostgreSQL. */
class ProxyOnPostgresIT extends ProxyContract {

    @Override
    PayaraServer gateway() {
        return stack().postgresGateway();
    }
}
