package org.clientbase.core.field;

/** The kinds of card a host can configure. */
public enum CardType {
  /** The lead card. */
  LEAD,
  /** The client card. */
  CLIENT,
  /** The contact person card. */
  CONTACT_PERSON,
  /** The counterparty card. */
  COUNTERPARTY
}
