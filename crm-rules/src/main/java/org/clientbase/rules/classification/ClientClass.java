package org.clientbase.rules.classification;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.clientbase.core.id.ClientId;
import org.clientbase.core.money.Money;

/**
 * A client's place in the ABC/XYZ matrix, with the figures that put it there.
 *
 * <p>Immutable and thread-safe.
 *
 * @param client the client
 * @param abc the class by share of revenue
 * @param xyz the class by steadiness of monthly revenue
 * @param revenue the client's revenue in the period
 * @param share the client's share of the base's revenue, in percent (two decimals)
 * @param shareBefore the share of the base's revenue brought by clients with more revenue, in
 *     percent (two decimals): what decides the ABC class
 * @param variation the coefficient of variation of monthly revenue, in percent (two decimals);
 *     empty when the client has no revenue
 * @param monthly the revenue of each month of the period, in order
 */
public record ClientClass(
    ClientId client, AbcClass abc, XyzClass xyz, Money revenue, BigDecimal share, BigDecimal shareBefore,
    Optional<BigDecimal> variation, List<Money> monthly) {

  /**
   * Checks and copies the parts.
   *
   * @param client the client
   * @param abc the ABC class
   * @param xyz the XYZ class
   * @param revenue the revenue
   * @param share the share of revenue
   * @param shareBefore the share of clients with more revenue
   * @param variation the coefficient of variation
   * @param monthly the monthly revenue
   */
  public ClientClass {
    Objects.requireNonNull(client, "client");
    Objects.requireNonNull(abc, "abc");
    Objects.requireNonNull(xyz, "xyz");
    Objects.requireNonNull(revenue, "revenue");
    Objects.requireNonNull(share, "share");
    Objects.requireNonNull(shareBefore, "shareBefore");
    Objects.requireNonNull(variation, "variation");
    monthly = List.copyOf(monthly);
  }

  /**
   * Returns the cell of the combined matrix.
   *
   * @return e.g. {@code "AX"} or {@code "CZ"}
   */
  public String cell() {
    return abc.name() + xyz.name();
  }
}
