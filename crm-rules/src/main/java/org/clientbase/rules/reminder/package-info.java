/**
 * Key persons and reminders: the key persons of a client
 * ({@link org.clientbase.rules.reminder.KeyPersons}), and the birthdays and other dates of
 * clients and contact persons in the coming days
 * ({@link org.clientbase.rules.reminder.ReminderService}), across the turn of the year and with
 * 29 February placed in common years by a configurable
 * {@link org.clientbase.rules.reminder.LeapDayRule}.
 */
package org.clientbase.rules.reminder;
