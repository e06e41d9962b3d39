/**
 * Test helpers for hosts: {@link org.clientbase.testkit.TestClock}, a clock a test sets and
 * advances.
 */
package org.clientbase.testkit;
