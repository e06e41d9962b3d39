package org.clientbase.rules.access;

/** What a user asks to do with a record. Editing implies viewing. */
public enum Permission {
  /** See the record. */
  VIEW,
  /** Change the record. */
  EDIT;

  /**
   * Returns the verb for messages.
   *
   * @return {@code "view"} or {@code "edit"}
   */
  public String verb() {
    return this == VIEW ? "view" : "edit";
  }
}
