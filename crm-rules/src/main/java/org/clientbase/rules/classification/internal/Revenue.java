package org.clientbase.rules.classification.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.Currency;
import org.clientbase.core.InvalidValueException;
import org.clientbase.core.money.Money;
import org.clientbase.rules.classification.ClassificationSettings;

/**
 * Monthly revenue of one client in minor currency units (kopecks), so sums are exact and cheap
 * to keep for a whole base.
 */
public final class Revenue {
  private final ClassificationSettings settings;
  private final long[] months;

  /**
   * Creates an empty revenue over the settings' period.
   *
   * @param settings the settings
   */
  public Revenue(ClassificationSettings settings) {
    this.settings = settings;
    this.months = new long[settings.months()];
  }

  /**
   * Adds a fact's amount to its month, if the month lies in the period.
   *
   * @param what the fact, for messages, e.g. {@code "Shipment s-1"}
   * @param date the fact's date
   * @param amount the amount
   * @throws InvalidValueException if the amount is in another currency than the settings'
   */
  public void add(String what, LocalDate date, Money amount) {
    YearMonth month = YearMonth.from(date);
    if (!settings.contains(month)) {
      return;
    }
    int index = (int) settings.from().until(month, ChronoUnit.MONTHS);
    months[index] = Math.addExact(months[index], minorUnits(what, amount, settings.currency()));
  }

  /**
   * Returns an amount in minor units of the currency.
   *
   * @param what the fact, for messages
   * @param amount the amount
   * @param currency the currency expected
   * @return the amount in minor units
   * @throws InvalidValueException if the currency differs
   */
  public static long minorUnits(String what, Money amount, Currency currency) {
    if (!amount.currency().equals(currency)) {
      throw new InvalidValueException(what + " amount", amount,
          "is not in " + currency.getCurrencyCode() + ", the currency being classified; convert amounts before classifying");
    }
    return amount.amount().movePointRight(Math.max(currency.getDefaultFractionDigits(), 0)).longValueExact();
  }

  /**
   * Returns an amount of minor units as money.
   *
   * @param minor the minor units
   * @param currency the currency
   * @return the money
   */
  public static Money money(long minor, Currency currency) {
    return Money.of(BigDecimal.valueOf(minor).movePointLeft(Math.max(currency.getDefaultFractionDigits(), 0)), currency);
  }

  /**
   * Returns the revenue of each month.
   *
   * @return the months' revenue in minor units; the array is this object's own
   */
  public long[] months() {
    return months;
  }

  /**
   * Returns the revenue of the period.
   *
   * @return the total in minor units
   */
  public long total() {
    long total = 0;
    for (long month : months) {
      total = Math.addExact(total, month);
    }
    return total;
  }
}
