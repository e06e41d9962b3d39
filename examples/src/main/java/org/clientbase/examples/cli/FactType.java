package org.clientbase.examples.cli;

/** The kind of fact a row of the facts file records. */
public enum FactType {
  /** A payment by the client: a date and an amount. */
  PAYMENT,
  /** A shipment to the client: a date and an amount. */
  SHIPMENT,
  /**
   * An interest (a sales opportunity): opened on the row's date, closed on the closed date as
   * WON or LOST, or still active.
   */
  INTEREST
}
