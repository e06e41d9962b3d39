package org.clientbase.rules.classification;

import java.util.Objects;
import org.clientbase.core.InvalidValueException;
import org.clientbase.core.money.Money;

/**
 * One cell of the ABC/XYZ matrix: how many clients fell into it and their revenue.
 *
 * <p>Immutable and thread-safe.
 *
 * @param abc the ABC class
 * @param xyz the XYZ class
 * @param clients how many clients
 * @param revenue their revenue in the period
 */
public record MatrixCell(AbcClass abc, XyzClass xyz, long clients, Money revenue) {
  /**
   * Checks the parts.
   *
   * @param abc the ABC class
   * @param xyz the XYZ class
   * @param clients how many clients, not negative
   * @param revenue their revenue
   */
  public MatrixCell {
    Objects.requireNonNull(abc, "abc");
    Objects.requireNonNull(xyz, "xyz");
    Objects.requireNonNull(revenue, "revenue");
    if (clients < 0) {
      throw new InvalidValueException("MatrixCell " + abc + xyz + " clients", clients, "must not be negative");
    }
  }

  /**
   * Returns the cell's name.
   *
   * @return e.g. {@code "AX"}
   */
  public String name() {
    return abc.name() + xyz.name();
  }
}
