/**
 * Work statuses as data: their definitions ({@link org.clientbase.core.status.WorkStatus}, with
 * a {@link org.clientbase.core.status.CalculationMode}) and the assignments of statuses to
 * clients ({@link org.clientbase.core.status.StatusAssignment}) that make up the status
 * history. The engine that computes statuses lives in {@code org.clientbase.rules.status}.
 */
@ClientbaseStyle
package org.clientbase.core.status;

import org.clientbase.core.ClientbaseStyle;
