package io.taskgate.core.infrastructure.persistence;

import javax.sql.DataSource;

/** The usage-pattern look's queries on H2, the embedded default. */
class UsageQueriesOnH2Test extends UsageQueriesContract {

    @Override
    protected DataSource migratedDatabase() {
        return QuotaDatabase.create();
    }
}
