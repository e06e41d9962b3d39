package org.clientbase.rules.classification;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.Currency;
import java.util.Objects;
import org.clientbase.core.InvalidValueException;

/**
 * How clients are classified: the period (whole months), the ABC shares of revenue (defaults
 * 80 / 15 / 5 %), the XYZ limits of the coefficient of variation of monthly revenue (defaults
 * 10 % and 25 %), which facts count as revenue, and the currency. Immutable; validated when
 * built.
 *
 * <pre>{@code
 * ClassificationSettings settings = ClassificationSettings.builder(YearMonth.of(2025, 1), YearMonth.of(2025, 12))
 *     .abcShares(70, 20, 10)
 *     .xyzLimits(15, 40)
 *     .source(RevenueSource.PAYMENTS)
 *     .build();
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
public final class ClassificationSettings {
  /** The longest period, in months. */
  public static final int MAX_MONTHS = 120;

  private final YearMonth from;
  private final YearMonth to;
  private final BigDecimal shareA;
  private final BigDecimal shareB;
  private final BigDecimal shareC;
  private final BigDecimal limitX;
  private final BigDecimal limitY;
  private final RevenueSource source;
  private final Currency currency;

  private ClassificationSettings(Builder b) {
    this.from = b.from;
    this.to = b.to;
    this.shareA = b.shareA;
    this.shareB = b.shareB;
    this.shareC = b.shareC;
    this.limitX = b.limitX;
    this.limitY = b.limitY;
    this.source = b.source;
    this.currency = b.currency;
  }

  /**
   * Returns the default settings over a period: 80 / 15 / 5 %, 10 % / 25 %, shipments, roubles.
   *
   * @param from the first month
   * @param to the last month, not before the first
   * @return the settings
   * @throws InvalidValueException if the period is empty or longer than {@value #MAX_MONTHS}
   *     months
   */
  public static ClassificationSettings ofDefaults(YearMonth from, YearMonth to) {
    return builder(from, to).build();
  }

  /**
   * Returns a builder over a period, with the defaults set.
   *
   * @param from the first month
   * @param to the last month, not before the first
   * @return the builder
   */
  public static Builder builder(YearMonth from, YearMonth to) {
    return new Builder(from, to);
  }

  /**
   * Returns the first month of the period.
   *
   * @return the month
   */
  public YearMonth from() {
    return from;
  }

  /**
   * Returns the last month of the period.
   *
   * @return the month
   */
  public YearMonth to() {
    return to;
  }

  /**
   * Returns how many months the period has.
   *
   * @return the number of months, at least 1
   */
  public int months() {
    return (int) from.until(to, ChronoUnit.MONTHS) + 1;
  }

  /**
   * Returns the share of revenue class A covers, in percent.
   *
   * @return the share
   */
  public BigDecimal shareA() {
    return shareA;
  }

  /**
   * Returns the share of revenue class B covers, in percent.
   *
   * @return the share
   */
  public BigDecimal shareB() {
    return shareB;
  }

  /**
   * Returns the share of revenue class C covers, in percent.
   *
   * @return the share
   */
  public BigDecimal shareC() {
    return shareC;
  }

  /**
   * Returns the highest coefficient of variation of class X, in percent.
   *
   * @return the limit
   */
  public BigDecimal limitX() {
    return limitX;
  }

  /**
   * Returns the highest coefficient of variation of class Y, in percent.
   *
   * @return the limit
   */
  public BigDecimal limitY() {
    return limitY;
  }

  /**
   * Returns which facts count as revenue.
   *
   * @return the source
   */
  public RevenueSource source() {
    return source;
  }

  /**
   * Returns the currency of the revenue counted.
   *
   * @return the currency
   */
  public Currency currency() {
    return currency;
  }

  /**
   * Tells whether a month lies in the period.
   *
   * @param month the month
   * @return {@code true} if {@code from <= month <= to}
   */
  public boolean contains(YearMonth month) {
    return !month.isBefore(from) && !month.isAfter(to);
  }

  @Override
  public String toString() {
    return "ClassificationSettings[" + from + ".." + to + ", ABC " + shareA.toPlainString() + "/"
        + shareB.toPlainString() + "/" + shareC.toPlainString() + " %, XYZ " + limitX.toPlainString() + "/"
        + limitY.toPlainString() + " %, " + source + ", " + currency + "]";
  }

  /** Builds {@link ClassificationSettings}; every rule is checked by {@link #build()}. */
  public static final class Builder {
    private final YearMonth from;
    private final YearMonth to;
    private BigDecimal shareA = BigDecimal.valueOf(80);
    private BigDecimal shareB = BigDecimal.valueOf(15);
    private BigDecimal shareC = BigDecimal.valueOf(5);
    private BigDecimal limitX = BigDecimal.valueOf(10);
    private BigDecimal limitY = BigDecimal.valueOf(25);
    private RevenueSource source = RevenueSource.SHIPMENTS;
    private Currency currency = Currency.getInstance("RUB");

    private Builder(YearMonth from, YearMonth to) {
      this.from = Objects.requireNonNull(from, "from");
      this.to = Objects.requireNonNull(to, "to");
    }

    /**
     * Sets the shares of revenue of classes A, B and C, in percent.
     *
     * @param a the share of class A, positive
     * @param b the share of class B, positive
     * @param c the share of class C, positive; the three add up to 100
     * @return this builder
     */
    public Builder abcShares(BigDecimal a, BigDecimal b, BigDecimal c) {
      shareA = Objects.requireNonNull(a, "a");
      shareB = Objects.requireNonNull(b, "b");
      shareC = Objects.requireNonNull(c, "c");
      return this;
    }

    /**
     * Sets the shares of revenue of classes A, B and C, in whole percent.
     *
     * @param a the share of class A, positive
     * @param b the share of class B, positive
     * @param c the share of class C, positive; the three add up to 100
     * @return this builder
     */
    public Builder abcShares(int a, int b, int c) {
      return abcShares(BigDecimal.valueOf(a), BigDecimal.valueOf(b), BigDecimal.valueOf(c));
    }

    /**
     * Sets the highest coefficients of variation of classes X and Y, in percent.
     *
     * @param x the limit of class X, positive
     * @param y the limit of class Y, above {@code x}
     * @return this builder
     */
    public Builder xyzLimits(BigDecimal x, BigDecimal y) {
      limitX = Objects.requireNonNull(x, "x");
      limitY = Objects.requireNonNull(y, "y");
      return this;
    }

    /**
     * Sets the highest coefficients of variation of classes X and Y, in whole percent.
     *
     * @param x the limit of class X, positive
     * @param y the limit of class Y, above {@code x}
     * @return this builder
     */
    public Builder xyzLimits(int x, int y) {
      return xyzLimits(BigDecimal.valueOf(x), BigDecimal.valueOf(y));
    }

    /**
     * Sets which facts count as revenue.
     *
     * @param value the source
     * @return this builder
     */
    public Builder source(RevenueSource value) {
      source = Objects.requireNonNull(value, "value");
      return this;
    }

    /**
     * Sets the currency of the revenue; facts in another currency are refused.
     *
     * @param value the currency
     * @return this builder
     */
    public Builder currency(Currency value) {
      currency = Objects.requireNonNull(value, "value");
      return this;
    }

    /**
     * Builds the settings.
     *
     * @return the settings
     * @throws InvalidValueException naming the setting and the rule it breaks
     */
    public ClassificationSettings build() {
      String name = "ClassificationSettings";
      if (to.isBefore(from)) {
        throw new InvalidValueException(name + " period", from + ".." + to, "the last month is before the first");
      }
      if (from.until(to, ChronoUnit.MONTHS) + 1 > MAX_MONTHS) {
        throw new InvalidValueException(name + " period", from + ".." + to, "must be at most " + MAX_MONTHS + " months");
      }
      for (BigDecimal share : new BigDecimal[] {shareA, shareB, shareC}) {
        if (share.signum() <= 0) {
          throw new InvalidValueException(name + " ABC shares", shares(), "each share must be positive");
        }
      }
      if (shareA.add(shareB).add(shareC).compareTo(BigDecimal.valueOf(100)) != 0) {
        throw new InvalidValueException(name + " ABC shares", shares(), "must add up to 100 %");
      }
      if (limitX.signum() <= 0 || limitY.compareTo(limitX) <= 0) {
        throw new InvalidValueException(name + " XYZ limits", limitX.toPlainString() + " / " + limitY.toPlainString(),
            "need 0 < X limit < Y limit");
      }
      return new ClassificationSettings(this);
    }

    private String shares() {
      return shareA.toPlainString() + " / " + shareB.toPlainString() + " / " + shareC.toPlainString();
    }
  }
}
