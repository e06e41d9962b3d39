/**
 * Interactions: calls, meetings, emails, SMS, calendar entries and
 * other contacts, recorded through {@link org.clientbase.rules.interaction.InteractionService},
 * listed by type and by client; their state moves only from planned to completed or cancelled,
 * and completed ones form the client's relationship history.
 */
package org.clientbase.rules.interaction;
