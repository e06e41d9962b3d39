package org.clientbase.rules.classification.internal;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.clientbase.core.id.ClientId;
import org.clientbase.core.money.Money;
import org.clientbase.rules.classification.AbcClass;
import org.clientbase.rules.classification.ClassificationSettings;
import org.clientbase.rules.classification.ClientClass;
import org.clientbase.rules.classification.XyzClass;

/**
 * The one place that knows the ABC and XYZ rules. Classes are decided on exact integers, so a
 * client exactly on a boundary always falls the same way; the percentages reported are rounded
 * to two decimals.
 */
public final class Classes {
  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  private Classes() {}

  /**
   * Returns the ABC class: A while the clients with more revenue bring less than the A share,
   * B while they bring less than the A and B shares together, else C. So the client that
   * crosses a boundary belongs to the higher class, clients with equal revenue share a class,
   * and a base's largest client is always A. With no revenue in the base, every client is C.
   *
   * @param above what the clients with strictly more revenue bring, in minor units
   * @param total the base's revenue, in minor units
   * @param settings the shares
   * @return the class
   */
  public static AbcClass abc(long above, long total, ClassificationSettings settings) {
    if (total == 0) {
      return AbcClass.C;
    }
    BigDecimal before = BigDecimal.valueOf(above).multiply(HUNDRED);
    BigDecimal all = BigDecimal.valueOf(total);
    if (before.compareTo(settings.shareA().multiply(all)) < 0) {
      return AbcClass.A;
    }
    if (before.compareTo(settings.shareA().add(settings.shareB()).multiply(all)) < 0) {
      return AbcClass.B;
    }
    return AbcClass.C;
  }

  /**
   * Returns the XYZ class: the coefficient of variation of the monthly revenue (population
   * standard deviation over the mean, every month of the period counted, months without revenue
   * as zero) at most the X limit is X, at most the Y limit is Y, else Z. A client without
   * revenue is Z.
   *
   * @param months the monthly revenue in minor units
   * @param settings the limits
   * @return the class
   */
  public static XyzClass xyz(long[] months, ClassificationSettings settings) {
    BigInteger sum = sum(months);
    if (sum.signum() == 0) {
      return XyzClass.Z;
    }
    // CV^2 = (n * sum(m^2) - sum(m)^2) / sum(m)^2, so CV <= L% <=> spread * 100^2 <= L^2 * sum^2
    BigDecimal spread = new BigDecimal(spread(months, sum)).multiply(BigDecimal.valueOf(10_000));
    BigDecimal squared = new BigDecimal(sum.pow(2));
    if (spread.compareTo(settings.limitX().pow(2).multiply(squared)) <= 0) {
      return XyzClass.X;
    }
    if (spread.compareTo(settings.limitY().pow(2).multiply(squared)) <= 0) {
      return XyzClass.Y;
    }
    return XyzClass.Z;
  }

  /**
   * Returns the coefficient of variation of the monthly revenue in percent, two decimals.
   *
   * @param months the monthly revenue in minor units
   * @return the coefficient, or empty without revenue
   */
  public static Optional<BigDecimal> variation(long[] months) {
    BigInteger sum = sum(months);
    if (sum.signum() == 0) {
      return Optional.empty();
    }
    BigDecimal deviation = new BigDecimal(spread(months, sum)).sqrt(MathContext.DECIMAL64);
    return Optional.of(deviation.multiply(HUNDRED).divide(new BigDecimal(sum), 2, RoundingMode.HALF_UP));
  }

  /**
   * Returns a client's classification.
   *
   * @param client the client
   * @param months the monthly revenue in minor units
   * @param above what the clients with strictly more revenue bring, in minor units
   * @param total the base's revenue, in minor units
   * @param settings the settings
   * @return the classification
   */
  public static ClientClass of(ClientId client, long[] months, long above, long total, ClassificationSettings settings) {
    long revenue = 0;
    List<Money> monthly = new ArrayList<>(months.length);
    for (long month : months) {
      revenue = Math.addExact(revenue, month);
      monthly.add(Revenue.money(month, settings.currency()));
    }
    return new ClientClass(client, abc(above, total, settings), xyz(months, settings),
        Revenue.money(revenue, settings.currency()), percent(revenue, total), percent(above, total),
        variation(months), monthly);
  }

  private static BigDecimal percent(long part, long total) {
    return total == 0
        ? BigDecimal.ZERO.setScale(2)
        : BigDecimal.valueOf(part).multiply(HUNDRED).divide(BigDecimal.valueOf(total), 2, RoundingMode.HALF_UP);
  }

  private static BigInteger sum(long[] months) {
    BigInteger sum = BigInteger.ZERO;
    for (long month : months) {
      sum = sum.add(BigInteger.valueOf(month));
    }
    return sum;
  }

  /** n * sum(m^2) - sum(m)^2, which is n^2 times the population variance. */
  private static BigInteger spread(long[] months, BigInteger sum) {
    BigInteger squares = BigInteger.ZERO;
    for (long month : months) {
      squares = squares.add(BigInteger.valueOf(month).pow(2));
    }
    return squares.multiply(BigInteger.valueOf(months.length)).subtract(sum.pow(2));
  }
}
