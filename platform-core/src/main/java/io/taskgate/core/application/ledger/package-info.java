/**
 * The usage ledger's application side: the rows of finished exchanges and early refusals
 * ({@link io.taskgate.core.application.ledger.ExchangeLedger}), written asynchronously in batches with a spill file
 * when the database is away ({@link io.taskgate.core.application.ledger.AsyncUsageLedger}).
 */
package io.taskgate.core.application.ledger;
