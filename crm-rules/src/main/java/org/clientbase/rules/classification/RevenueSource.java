package org.clientbase.rules.classification;

/** Which dated facts count as a client's revenue. */
public enum RevenueSource {
  /** Shipments (отгрузки): revenue when goods or services are delivered. The default. */
  SHIPMENTS,
  /** Payments (оплаты): revenue when money comes in. */
  PAYMENTS
}
