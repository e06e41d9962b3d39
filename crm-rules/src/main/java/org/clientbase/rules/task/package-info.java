/**
 * Tasks: {@link org.clientbase.rules.task.TaskService} creates,
 * assigns, reschedules, completes and cancels tasks, lists them by state, dates and responsible
 * manager, finds overdue tasks and the reminders due in a period;
 * {@link org.clientbase.rules.task.TaskAutomation} creates tasks from events by configurable
 * {@link org.clientbase.rules.task.TaskRule rules}, such as "a new lead gives «Contact the
 * client» due in 2 hours".
 */
package org.clientbase.rules.task;
