/**
 * The change history of client and contact person cards: every write through
 * {@link org.clientbase.rules.history.CardHistory} records who, when and the field-level diff
 * (custom fields included); {@link org.clientbase.rules.history.CardTimeline} shows a card as
 * of any past instant.
 */
package org.clientbase.rules.history;
