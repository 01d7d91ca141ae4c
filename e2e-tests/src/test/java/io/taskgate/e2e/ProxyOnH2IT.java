package io.taskgate.e2e;

import io.taskgate.devstack.PayaraServer;

/** The proxy contract against the gateway on its embedded default database, H2. */
class ProxyOnH2IT extends ProxyContract {

    @Override
    PayaraServer gateway() {
        return stack().h2Gateway();
    }
}
