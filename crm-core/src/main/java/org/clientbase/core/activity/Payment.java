package org.clientbase.core.activity;

import java.time.LocalDate;
import java.util.Optional;
import org.clientbase.core.BusinessTime;
import org.clientbase.core.Checks;
import org.clientbase.core.ClientbaseStyle;
import org.clientbase.core.InvalidValueException;
import org.clientbase.core.id.ClientId;
import org.clientbase.core.id.CounterpartyId;
import org.clientbase.core.id.PaymentId;
import org.clientbase.core.money.Money;
import org.immutables.value.Value;

/**
 * A payment received from a client (оплата): a dated amount.
 *
 * <pre>{@code
 * Payment fact = Payment.of(PaymentId.of("p-1"), ClientId.of("c-1"),
 *     LocalDate.of(2026, 3, 20), Money.of("15000.00", "RUB"));
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
@ClientbaseStyle
public abstract class Payment {
  Payment() {}

  /**
   * Returns the id of this payment.
   *
   * @return the id
   */
  public abstract PaymentId id();

  /**
   * Returns the client.
   *
   * @return the client
   */
  public abstract ClientId client();

  /**
   * Returns the date of the payment, in the host's time zone.
   *
   * @return the date
   */
  public abstract LocalDate date();

  /**
   * Returns the amount, not negative.
   *
   * @return the amount
   */
  public abstract Money amount();

  /**
   * Returns the counterparty through which the client pays, if known.
   *
   * @return the counterparty
   */
  public abstract Optional<CounterpartyId> counterparty();

  /**
   * Returns the host's document number or other reference, if any.
   *
   * @return the document reference
   */
  public abstract Optional<String> document();

  /**
   * Returns a payment without a counterparty or document reference.
   *
   * @param id the id
   * @param client the client
   * @param date the date
   * @param amount the amount, not negative
   * @return the payment
   * @throws InvalidValueException if the amount is negative
   */
  public static Payment of(PaymentId id, ClientId client, LocalDate date, Money amount) {
    return builder().id(id).client(client).date(date).amount(amount).build();
  }

  /**
   * Returns a builder.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return ImmutablePayment.builder();
  }

  @Value.Check
  final void check() {
    if (amount().isNegative()) {
      throw new InvalidValueException("Payment " + id() + " amount", amount(), "must not be negative");
    }
    BusinessTime.requireDate("Payment " + id() + " date", date());
    Checks.checkNormalisedText("Payment.document", document());
  }

  /**
   * Builds a {@link Payment}; {@code build()} checks every rule of the type.
   *
   * <p>Required: {@code id}, {@code client}, {@code date}, {@code amount}; every other attribute
   * is optional. A builder is not thread-safe: fill it and build from one thread.
   */
  public abstract static class Builder {
    Builder() {}

    /**
     * Copies the attributes of an existing Payment into this builder: each single value replaces
     * the one set before, collection elements and map entries are added, and an empty optional
     * value leaves the value set before.
     * @param instance the value to copy
     * @return this builder
     */
    public abstract Builder from(Payment instance);
    /**
     * Sets the id of this payment ({@link Payment#id() id}). Required: {@code build()} fails if it
     * is not set.
     * @param id the value to set
     * @return this builder
     */
    public abstract Builder id(PaymentId id);
    /**
     * Sets the client ({@link Payment#client() client}). Required: {@code build()} fails if it is
     * not set.
     * @param client the value to set
     * @return this builder
     */
    public abstract Builder client(ClientId client);
    /**
     * Sets the date of the payment, in the host's time zone ({@link Payment#date() date}).
     * Required: {@code build()} fails if it is not set.
     * @param date the value to set
     * @return this builder
     */
    public abstract Builder date(LocalDate date);
    /**
     * Sets the amount, not negative ({@link Payment#amount() amount}). Required: {@code build()}
     * fails if it is not set.
     * @param amount the value to set
     * @return this builder
     */
    public abstract Builder amount(Money amount);
    /**
     * Sets the counterparty through which the client pays, if known
     * ({@link Payment#counterparty() counterparty}). Optional: empty unless set.
     * @param counterparty the value to set
     * @return this builder
     */
    public abstract Builder counterparty(CounterpartyId counterparty);
    /**
     * Sets the counterparty through which the client pays, if known
     * ({@link Payment#counterparty() counterparty}), or clears it when empty. Optional: empty
     * unless set.
     * @param counterparty the value to set, or empty to clear it
     * @return this builder
     */
    public abstract Builder counterparty(Optional<? extends CounterpartyId> counterparty);
    /**
     * Sets the host's document number or other reference, if any
     * ({@link Payment#document() document}). Optional: empty unless set.
     * @param document the value to set
     * @return this builder
     */
    public abstract Builder document(String document);
    /**
     * Sets the host's document number or other reference, if any
     * ({@link Payment#document() document}), or clears it when empty. Optional: empty unless set.
     * @param document the value to set, or empty to clear it
     * @return this builder
     */
    public abstract Builder document(Optional<String> document);

    /**
     * Builds the Payment, checking every rule of the type.
     *
     * @return the new value
     * @throws org.clientbase.core.MissingValuesException naming the required attributes that are not set
     */
    public abstract Payment build();
  }
}
