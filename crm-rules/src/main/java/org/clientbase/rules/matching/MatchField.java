package org.clientbase.rules.matching;

/**
 * A field of a card that matching rules compare. Leads, clients and contact persons are read
 * into the same fields (see {@link MatchCard}), so a lead can be compared with a client.
 */
public enum MatchField {
  /** The names of the persons on the card: a lead's or contact's name, an individual client's name and the names of a client's contact persons. */
  PERSON_NAME("person name"),
  /** The names of the organisation: a lead's company, a client's name and its counterparties' legal names. */
  ORGANISATION_NAME("organisation name"),
  /** The taxpayer numbers (INN): a lead's, or those of a client's counterparties. */
  TAX_ID("tax id"),
  /** The phones. */
  PHONE("phone"),
  /** The emails. */
  EMAIL("email"),
  /** The postal addresses, and a client's counterparties' legal addresses. */
  ADDRESS("address"),
  /** A contact person's birthday. */
  BIRTHDAY("birthday"),
  /** The first names of the person names, each on its own; a name may give only one part. */
  FIRST_NAME("first name"),
  /** The last names of the person names, each on its own. */
  LAST_NAME("last name"),
  /** The postcodes of the addresses. */
  POSTCODE("postcode"),
  /** The cities, towns or suburbs of the addresses. */
  LOCALITY("locality"),
  /** The streets of the addresses, without words such as "street" or "ул.". */
  STREET("street"),
  /** The house or building numbers of the addresses. */
  HOUSE("house"),
  /** The flat, apartment or office numbers of the addresses. */
  FLAT("flat");

  private final String label;

  MatchField(String label) {
    this.label = label;
  }

  /**
   * Returns the field's name in explanations.
   *
   * @return the label, e.g. {@code "person name"}
   */
  public String label() {
    return label;
  }
}
