package org.clientbase.core.client;

/** What kind of party a client is. */
public enum ClientKind {
  /** An organisation (юридическое лицо); contracts through its counterparties. */
  LEGAL_ENTITY,
  /** A sole proprietor (индивидуальный предприниматель). */
  SOLE_PROPRIETOR,
  /** A private person (физическое лицо). */
  INDIVIDUAL
}
