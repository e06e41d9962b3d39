package org.clientbase.core.money;

import java.math.BigDecimal;
import java.util.Currency;
import org.clientbase.core.ClientbaseStyle;
import org.clientbase.core.InvalidValueException;
import org.immutables.value.Value;

/**
 * An amount of money in one currency.
 *
 * <p>The amount is kept at the currency's scale ({@code 10.5 RUB} is stored as
 * {@code 10.50 RUB}), so equal amounts are equal values. Sums of different currencies are
 * refused rather than converted.
 *
 * <p>Amounts are bounded so that every one fits a {@code NUMERIC(19, 4)} column and no input
 * can make parsing slow: at most {@value #MAX_INTEGER_DIGITS} digits before the decimal point,
 * at most {@value #MAX_SCALE} after it (and never more than the currency has), and amounts
 * given as text at most {@value #MAX_TEXT_LENGTH} characters, in plain notation only: exponent
 * notation such as {@code 1e5} is refused. Every check runs in time linear in the input's
 * length, and errors quote the amount as an excerpt.
 *
 * <pre>{@code
 * Money price = Money.of(new BigDecimal("1500"), Currency.getInstance("RUB"));
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
@ClientbaseStyle
public abstract class Money implements Comparable<Money> {
  Money() {}

  /** The most digits an amount may have before the decimal point. */
  public static final int MAX_INTEGER_DIGITS = 15;
  /** The most decimal places an amount may have (the currency may allow fewer). */
  public static final int MAX_SCALE = 4;
  /** The longest amount text {@link #of(String, String)} reads. */
  public static final int MAX_TEXT_LENGTH = 40;

  /**
   * Returns the amount, at the currency's scale.
   *
   * @return the amount
   */
  @Value.Parameter
  public abstract BigDecimal amount();

  /**
   * Returns the currency.
   *
   * @return the currency
   */
  @Value.Parameter
  public abstract Currency currency();

  /**
   * Returns an amount in a currency.
   *
   * @param amount the amount; more decimal places than the currency has are refused, and so
   *     are more than {@value #MAX_INTEGER_DIGITS} digits before the decimal point
   * @param currency the currency
   * @return the money value
   * @throws InvalidValueException if the amount is too large or has more decimal places than
   *     the currency
   */
  public static Money of(BigDecimal amount, Currency currency) {
    if (amount == null) {
      throw new InvalidValueException("Money.amount", null, "must be given");
    }
    if (currency == null) {
      throw new InvalidValueException("Money.currency", null, "must be given");
    }
    // precision() and scale() are cheap whatever the exponent; nothing below expands 1e999999999
    long integerDigits = (long) amount.precision() - amount.scale();
    if (integerDigits > MAX_INTEGER_DIGITS && amount.signum() != 0) {
      throw new InvalidValueException("Money.amount", amount,
          "has more than " + MAX_INTEGER_DIGITS + " digits before the decimal point");
    }
    int scale = Math.min(Math.max(currency.getDefaultFractionDigits(), 0), MAX_SCALE);
    if (amount.scale() > scale && amount.stripTrailingZeros().scale() > scale) {
      throw new InvalidValueException("Money.amount", amount,
          "has more than " + scale + " decimal places for " + currency.getCurrencyCode());
    }
    return ImmutableMoney.of(amount.signum() == 0 ? BigDecimal.ZERO.setScale(scale)
        : amount.setScale(scale), currency);
  }

  /**
   * Returns an amount in a currency given by its ISO 4217 code.
   *
   * @param amount the amount as text in plain notation, e.g. {@code "1500.00"} or
   *     {@code "-3.5"}; at most {@value #MAX_TEXT_LENGTH} characters, no exponent
   * @param currencyCode the currency code, e.g. {@code "RUB"}
   * @return the money value
   * @throws InvalidValueException if the amount or the code is not valid
   */
  public static Money of(String amount, String currencyCode) {
    Currency currency;
    try {
      currency = Currency.getInstance(currencyCode);
    } catch (IllegalArgumentException | NullPointerException e) {
      throw new InvalidValueException("Money.currency", currencyCode, "is not an ISO 4217 code");
    }
    if (amount == null) {
      throw new InvalidValueException("Money.amount", null, "must be given");
    }
    if (amount.length() > MAX_TEXT_LENGTH) {
      throw new InvalidValueException(
          "Money.amount", amount, "must be at most " + MAX_TEXT_LENGTH + " characters");
    }
    if (amount.indexOf('e') >= 0 || amount.indexOf('E') >= 0) {
      throw new InvalidValueException(
          "Money.amount", amount, "must be written without an exponent, like 1500.00");
    }
    BigDecimal value;
    try {
      value = new BigDecimal(amount);
    } catch (NumberFormatException e) {
      throw new InvalidValueException("Money.amount", amount, "is not a decimal number");
    }
    return of(value, currency);
  }

  /**
   * Returns zero in a currency.
   *
   * @param currency the currency
   * @return zero at the currency's scale
   */
  public static Money zero(Currency currency) {
    return of(BigDecimal.ZERO, currency);
  }

  /**
   * Adds another amount in the same currency.
   *
   * @param other the amount to add
   * @return the sum
   * @throws InvalidValueException if the currencies differ or the sum has more than
   *     {@value #MAX_INTEGER_DIGITS} digits before the decimal point
   */
  public Money plus(Money other) {
    requireSameCurrency(other);
    return of(amount().add(other.amount()), currency());
  }

  /**
   * Tells whether the amount is negative.
   *
   * @return {@code true} if the amount is below zero
   */
  public boolean isNegative() {
    return amount().signum() < 0;
  }

  /**
   * Compares amounts of the same currency.
   *
   * @param other the other amount
   * @return a negative number, zero or a positive number
   * @throws InvalidValueException if the currencies differ
   */
  @Override
  public int compareTo(Money other) {
    requireSameCurrency(other);
    return amount().compareTo(other.amount());
  }

  private void requireSameCurrency(Money other) {
    if (!currency().equals(other.currency())) {
      throw new InvalidValueException(
          "Money.currency", other.currency().getCurrencyCode(),
          "differs from " + currency().getCurrencyCode());
    }
  }

  @Override
  public String toString() {
    return amount().toPlainString() + " " + currency().getCurrencyCode();
  }
}
