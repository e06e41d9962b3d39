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
 * <pre>{@code
 * Money price = Money.of(new BigDecimal("1500"), Currency.getInstance("RUB"));
 * }</pre>
 */
@Value.Immutable
@ClientbaseStyle
public abstract class Money implements Comparable<Money> {
  Money() {}

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
   * @param amount the amount; more decimal places than the currency has are refused
   * @param currency the currency
   * @return the money value
   * @throws InvalidValueException if the amount has more decimal places than the currency
   */
  public static Money of(BigDecimal amount, Currency currency) {
    if (amount == null) {
      throw new InvalidValueException("Money.amount", null, "must be given");
    }
    if (currency == null) {
      throw new InvalidValueException("Money.currency", null, "must be given");
    }
    int scale = Math.max(currency.getDefaultFractionDigits(), 0);
    BigDecimal scaled;
    try {
      scaled = amount.setScale(scale);
    } catch (ArithmeticException e) {
      throw new InvalidValueException(
          "Money.amount", amount.toPlainString(),
          "has more than " + scale + " decimal places for " + currency.getCurrencyCode());
    }
    return ImmutableMoney.of(scaled, currency);
  }

  /**
   * Returns an amount in a currency given by its ISO 4217 code.
   *
   * @param amount the amount as text, e.g. {@code "1500.00"}
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
    BigDecimal value;
    try {
      value = new BigDecimal(amount);
    } catch (NumberFormatException | NullPointerException e) {
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
   * @throws InvalidValueException if the currencies differ
   */
  public Money plus(Money other) {
    requireSameCurrency(other);
    return ImmutableMoney.of(amount().add(other.amount()), currency());
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
