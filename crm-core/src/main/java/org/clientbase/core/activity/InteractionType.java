package org.clientbase.core.activity;

/** The kind of an interaction. */
public enum InteractionType {
  /** A telephone call. */
  PHONE_CALL,
  /** A meeting in person or online. */
  MEETING,
  /** An email message. */
  EMAIL,
  /** A text message. */
  SMS,
  /** An entry in a calendar, such as a reminder to call back. */
  CALENDAR_ENTRY,
  /** Any other contact, such as a messenger chat or a letter. */
  OTHER
}
