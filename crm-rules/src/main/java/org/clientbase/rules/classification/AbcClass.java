package org.clientbase.rules.classification;

/** A client's class by its share of revenue (ABC analysis). */
public enum AbcClass {
  /** The clients that bring the bulk of revenue (by default the first 80 %). */
  A,
  /** The middle (by default the next 15 %). */
  B,
  /** The rest (by default the last 5 %), and clients without revenue. */
  C
}
