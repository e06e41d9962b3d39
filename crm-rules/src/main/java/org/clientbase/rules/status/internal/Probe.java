package org.clientbase.rules.status.internal;

/**
 * What the index answers. The predefined templates read won interests, payments and shipments
 * only together ("at least one of them", "none of them"), so the index keeps their days in one
 * sorted list and answers for the group in one look-up: {@link #BUYING}.
 */
public enum Probe {
  /** At least one interest open on a day of the window. */
  ACTIVE_INTEREST,
  /** At least one won interest, payment or shipment in the window. */
  BUYING;

  /** The indicators {@link #BUYING} stands for. */
  static final int BUYING_MASK =
      Indicator.WON_INTEREST.bit() | Indicator.PAYMENT.bit() | Indicator.SHIPMENT.bit();

  /**
   * Returns the probes that answer for a mask of indicators.
   *
   * @param mask indicators, where won interest, payment and shipment come all or none
   * @return the probes, buying first (the likelier to decide)
   * @throws IllegalArgumentException if the mask splits the buying group
   */
  static Probe[] of(int mask) {
    int buying = mask & BUYING_MASK;
    if (buying != 0 && buying != BUYING_MASK) {
      throw new IllegalArgumentException("won interest, payment and shipment are read together");
    }
    boolean active = (mask & Indicator.ACTIVE_INTEREST.bit()) != 0;
    if (buying != 0) {
      return active ? new Probe[] {BUYING, ACTIVE_INTEREST} : new Probe[] {BUYING};
    }
    return active ? new Probe[] {ACTIVE_INTEREST} : new Probe[0];
  }
}
