package org.clientbase.rules.conversion;

/** The card a lead's custom field carries over to. */
public enum MappingTarget {
  /** The client card. */
  CLIENT,
  /** The contact person card. */
  CONTACT_PERSON
}
