/**
 * Read models of the owner's console: what a member did and why they were flagged (score over time, each signal with
 * its evidence, intent mix, activity against their own baseline, what the next threshold crossing does), the review
 * queue's cases with the decisions taken, and the request log with its signals. Queries only; decisions stay with
 * {@code application/misuse} and {@code application/admin}.
 */
package io.taskgate.core.application.oversight;
