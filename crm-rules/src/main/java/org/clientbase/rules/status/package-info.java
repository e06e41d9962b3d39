/**
 * The work-status engine: configurable status schemes, the predefined and
 * host templates, a pure evaluator with explanations, exact replay over quiet days, and the
 * status dynamics report.
 *
 * <p>The pure core needs no storage and no clock:
 *
 * <pre>{@code
 * StatusScheme scheme = StatusScheme.defaults();            // the eight default statuses
 * Evaluator evaluator = Evaluator.of(scheme);               // stateless, share it freely
 * ClientActivity activity = ClientActivity.builder(client)
 *     .interests(interests).payments(payments).shipments(shipments)
 *     .build();
 * Outcome outcome = evaluator.evaluate(activity,
 *     CurrentStatus.of(StatusScheme.IN_PROGRESS, since), today);
 * outcome.newStatus();     // e.g. Optional[active]
 * outcome.explanation();   // "ACTIVE held on 2026-03-20 (window of 30 days from 2026-02-19): ..."
 * }</pre>
 *
 * <p>Definitions ({@link org.clientbase.rules.status.StatusScheme}) are separate from
 * evaluation ({@link org.clientbase.rules.status.Evaluator}); the evaluator keeps no state, so
 * one instance serves every thread of a batch.
 */
package org.clientbase.rules.status;
