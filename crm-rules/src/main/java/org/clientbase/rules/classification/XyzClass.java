package org.clientbase.rules.classification;

/** A client's class by how steady its monthly revenue is (XYZ analysis). */
public enum XyzClass {
  /** Steady: coefficient of variation at most the X limit (10 % by default). */
  X,
  /** Fluctuating: at most the Y limit (25 % by default). */
  Y,
  /** Irregular: above the Y limit, and clients without revenue. */
  Z
}
