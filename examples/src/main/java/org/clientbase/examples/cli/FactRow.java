package org.clientbase.examples.cli;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Consumer;
import org.clientbase.core.ClientbaseException;
import org.clientbase.core.InvalidValueException;
import org.clientbase.core.activity.Interest;
import org.clientbase.core.activity.InterestOutcome;
import org.clientbase.core.activity.Payment;
import org.clientbase.core.activity.Shipment;
import org.clientbase.core.id.ClientId;
import org.clientbase.core.id.InterestId;
import org.clientbase.core.id.PaymentId;
import org.clientbase.core.id.ShipmentId;
import org.clientbase.core.money.Money;

/**
 * One row of the facts file: {@code client_id,type,date,amount,interest_id,closed,outcome}.
 *
 * <p>A PAYMENT or SHIPMENT row has a date and an amount ({@code 1500.00}, in the command's
 * currency, or {@code 1500.00 USD}); its interest id, closed date and outcome are empty. An
 * INTEREST row has the interest's id and its opening date; a closed interest also has the
 * closing date and the outcome WON or LOST, and may have an amount. Empty optional parts are
 * {@code null}. Statuses do not read amounts: a payment or shipment read without a usable amount
 * keeps the currency and counts as zero.
 *
 * @param client the client's id
 * @param type the kind of fact
 * @param date the payment's or shipment's date, or the interest's opening date
 * @param amount the amount, or {@code null} when the row has none (or none that can be used)
 * @param currency the ISO 4217 code of the amount; {@code null} for an interest without one
 * @param interestId the interest's id, or {@code null} for a payment or shipment
 * @param closed the interest's closing date, or {@code null} for an active interest
 * @param outcome how the interest closed, or {@code null} for an active interest
 * @param line the line of the file the row came from, 0 when unknown
 */
public record FactRow(
    String client,
    FactType type,
    LocalDate date,
    BigDecimal amount,
    String currency,
    String interestId,
    LocalDate closed,
    InterestOutcome outcome,
    long line) implements Serializable {
  /** The columns of the facts file, in the order the command writes them. */
  public static final List<String> COLUMNS =
      List.of("client_id", "type", "date", "amount", "interest_id", "closed", "outcome");
  static final List<String> REQUIRED = List.of("client_id", "type", "date");
  static final List<String> OPTIONAL = List.of("amount", "interest_id", "closed", "outcome");

  /**
   * Checks the parts.
   *
   * @param client the client's id
   * @param type the kind of fact
   * @param date the date
   * @param amount the amount, or {@code null}
   * @param currency the currency, or {@code null}
   * @param interestId the interest's id, or {@code null}
   * @param closed the closing date, or {@code null}
   * @param outcome the outcome, or {@code null}
   * @param line the line, 0 when unknown
   */
  public FactRow {
    Objects.requireNonNull(client, "client");
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(date, "date");
  }

  /**
   * Returns the row of a payment.
   *
   * @param payment the payment
   * @return the row
   */
  public static FactRow of(Payment payment) {
    return new FactRow(payment.client().value(), FactType.PAYMENT, payment.date(),
        payment.amount().amount(), payment.amount().currency().getCurrencyCode(), null, null, null, 0);
  }

  /**
   * Returns the row of a shipment.
   *
   * @param shipment the shipment
   * @return the row
   */
  public static FactRow of(Shipment shipment) {
    return new FactRow(shipment.client().value(), FactType.SHIPMENT, shipment.date(),
        shipment.amount().amount(), shipment.amount().currency().getCurrencyCode(), null, null, null, 0);
  }

  /**
   * Returns the row of a client's interest.
   *
   * @param interest the interest; it must be a client's, not a lead's
   * @return the row
   */
  public static FactRow of(Interest interest) {
    return new FactRow(interest.client().orElseThrow().value(), FactType.INTEREST,
        interest.openedOn(), interest.amount().map(Money::amount).orElse(null),
        interest.amount().map(m -> m.currency().getCurrencyCode()).orElse(null),
        interest.id().value(), interest.closedOn().orElse(null), interest.outcome().orElse(null), 0);
  }

  /**
   * Returns the row's fields in the order of {@link #COLUMNS}.
   *
   * @param defaultCurrency the currency written without a code
   * @return the fields
   */
  public String[] fields(String defaultCurrency) {
    String money = amount == null ? ""
        : amount.toPlainString() + (currency == null || currency.equals(defaultCurrency) ? "" : " " + currency);
    return new String[] {client, type.name(), date.toString(), money,
        interestId == null ? "" : interestId, closed == null ? "" : closed.toString(),
        outcome == null ? "" : outcome.name()};
  }

  /**
   * Returns the fact as an interest of the client.
   *
   * @param owner the client
   * @return the interest
   * @throws InvalidValueException if the parts do not make an interest
   */
  public Interest toInterest(ClientId owner) {
    Interest.Builder interest = Interest.builder().id(InterestId.of(interestId)).client(owner).openedOn(date);
    if (amount != null) {
      interest.amount(money());
    }
    if (closed != null) {
      interest.closedOn(closed);
    }
    if (outcome != null) {
      interest.outcome(outcome);
    }
    return interest.build();
  }

  /**
   * Returns the fact as a payment of the client.
   *
   * @param owner the client
   * @param id the payment's id
   * @return the payment
   * @throws InvalidValueException if the parts do not make a payment
   */
  public Payment toPayment(ClientId owner, String id) {
    return Payment.of(PaymentId.of(id), owner, date, money());
  }

  /**
   * Returns the fact as a shipment to the client.
   *
   * @param owner the client
   * @param id the shipment's id
   * @return the shipment
   * @throws InvalidValueException if the parts do not make a shipment
   */
  public Shipment toShipment(ClientId owner, String id) {
    return Shipment.of(ShipmentId.of(id), owner, date, money());
  }

  /** The amount, or zero in the row's currency for a payment or shipment read without one. */
  private Money money() {
    Currency of = Currency.getInstance(currency);
    return amount == null ? Money.zero(of) : Money.of(amount, of);
  }

  /** The longest amount text read: digits beyond it are no amount a host records. */
  static final int MAX_AMOUNT_CHARS = 40;

  private static final java.util.regex.Pattern NUMBER =
      java.util.regex.Pattern.compile("[+-]?[0-9]{1,30}(\\.[0-9]{1,30})?|[+-]?\\.[0-9]{1,30}");

  static FactRow parse(CsvReader.CsvRecord record, Columns columns, String defaultCurrency,
      Consumer<String> warnings) throws RowException {
    String client = columns.get(record, "client_id");
    if (client.isEmpty()) {
      throw new RowException("client_id is empty");
    }
    String typeText = columns.get(record, "type");
    FactType type;
    try {
      type = FactType.valueOf(typeText.toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new RowException("type " + Excerpt.quote(typeText) + " is not one of PAYMENT, SHIPMENT, INTEREST");
    }
    LocalDate date = ClientRow.date(columns.get(record, "date"), "date", true);
    String amountText = columns.get(record, "amount");
    BigDecimal amount = null;
    String currency = type == FactType.INTEREST ? null : defaultCurrency;
    if (!amountText.isEmpty()) {
      try {
        Money money = amount(amountText, defaultCurrency);
        amount = money.amount();
        currency = money.currency().getCurrencyCode();
      } catch (RowException e) {
        warnings.accept(e.getMessage() + "; the " + type.name().toLowerCase(Locale.ROOT)
            + " counts without its amount (statuses do not read amounts)");
      }
    } else if (type != FactType.INTEREST) {
      warnings.accept("amount is empty; the " + type.name().toLowerCase(Locale.ROOT)
          + " counts without its amount (statuses do not read amounts)");
    }
    String interestId = columns.get(record, "interest_id");
    LocalDate closed = ClientRow.date(columns.get(record, "closed"), "closed", false);
    String outcomeText = columns.get(record, "outcome");
    InterestOutcome outcome = null;
    if (!outcomeText.isEmpty()) {
      try {
        outcome = InterestOutcome.valueOf(outcomeText.toUpperCase(Locale.ROOT));
      } catch (IllegalArgumentException e) {
        throw new RowException("outcome " + Excerpt.quote(outcomeText) + " is not one of WON, LOST");
      }
    }
    if (type == FactType.INTEREST) {
      if (interestId.isEmpty()) {
        throw new RowException("interest_id is empty: an INTEREST row needs the interest's id");
      }
      if (closed != null && outcome == null) {
        throw new RowException("outcome is empty: an interest closed on " + closed + " needs WON or LOST");
      }
      if (closed == null && outcome != null) {
        throw new RowException("closed is empty: an interest closed as " + outcome + " needs its closing date");
      }
      if (closed != null && closed.isBefore(date)) {
        throw new RowException("closed " + closed + " is before the interest's opening date " + date);
      }
    } else {
      if (closed != null || outcome != null) {
        throw new RowException("closed and outcome are for INTEREST rows, not for a " + type);
      }
      interestId = "";
    }
    return new FactRow(client, type, date, amount, currency, interestId.isEmpty() ? null : interestId,
        closed, outcome, record.line());
  }

  /** Reads an amount: a plain decimal number, optionally followed by a currency code. */
  private static Money amount(String text, String defaultCurrency) throws RowException {
    String quoted = "amount " + Excerpt.quote(text);
    if (text.length() > MAX_AMOUNT_CHARS) {
      throw new RowException(quoted + " is longer than " + MAX_AMOUNT_CHARS + " characters");
    }
    int space = text.indexOf(' ');
    String number = space < 0 ? text : text.substring(0, space);
    String code = space < 0 ? defaultCurrency : text.substring(space + 1).strip();
    if (!NUMBER.matcher(number).matches()) {
      throw new RowException(quoted + " is not a decimal number like 1500.00 or 1500.00 USD");
    }
    BigDecimal value = new BigDecimal(number);
    if (value.signum() < 0) {
      throw new RowException(quoted + " is negative");
    }
    Currency currency;
    try {
      currency = Currency.getInstance(code);
    } catch (IllegalArgumentException e) {
      throw new RowException(quoted + ": " + Excerpt.quote(code) + " is not an ISO 4217 currency code");
    }
    int digits = Math.max(currency.getDefaultFractionDigits(), 0);
    if (value.stripTrailingZeros().scale() > digits) {
      throw new RowException(quoted + " has more than " + digits + " decimal places for "
          + currency.getCurrencyCode() + " (float noise from a spreadsheet?)");
    }
    try {
      return Money.of(value, currency);
    } catch (ClientbaseException e) {
      throw new RowException(quoted + ": " + e.getMessage());
    }
  }
}
