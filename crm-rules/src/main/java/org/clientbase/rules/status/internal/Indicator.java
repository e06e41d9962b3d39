package org.clientbase.rules.status.internal;

/** The four facts-in-window indicators the predefined templates are made of. */
public enum Indicator {
  /** At least one interest open on a day of the window. */
  ACTIVE_INTEREST("active interest"),
  /** At least one interest closed as won on a day of the window. */
  WON_INTEREST("won interest"),
  /** At least one payment dated in the window. */
  PAYMENT("payment"),
  /** At least one shipment dated in the window. */
  SHIPMENT("shipment");

  private final String noun;

  Indicator(String noun) {
    this.noun = noun;
  }

  /**
   * Returns the bit of this indicator in a mask.
   *
   * @return 1 shifted by the ordinal
   */
  public int bit() {
    return 1 << ordinal();
  }

  /**
   * Returns the indicator's noun for explanations, e.g. "won interest".
   *
   * @return the noun
   */
  public String noun() {
    return noun;
  }
}
