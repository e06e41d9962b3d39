package org.clientbase.core.activity;

import java.time.LocalDate;
import java.util.Optional;
import org.clientbase.core.BusinessTime;
import org.clientbase.core.Checks;
import org.clientbase.core.ClientbaseStyle;
import org.clientbase.core.InvalidValueException;
import org.clientbase.core.id.ClientId;
import org.clientbase.core.id.CounterpartyId;
import org.clientbase.core.id.ShipmentId;
import org.clientbase.core.money.Money;
import org.immutables.value.Value;

/**
 * A shipment of goods or services to a client (отгрузка): a dated amount.
 *
 * <pre>{@code
 * Shipment fact = Shipment.of(ShipmentId.of("s-1"), ClientId.of("c-1"),
 *     LocalDate.of(2026, 3, 20), Money.of("15000.00", "RUB"));
 * }</pre>
 */
@Value.Immutable
@ClientbaseStyle
public abstract class Shipment {
  Shipment() {}

  /**
   * Returns the id of this shipment.
   *
   * @return the id
   */
  public abstract ShipmentId id();

  /**
   * Returns the client.
   *
   * @return the client
   */
  public abstract ClientId client();

  /**
   * Returns the date of the shipment, in the host's time zone.
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
   * Returns the counterparty through which the client is shipped to, if known.
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
   * Returns a shipment without a counterparty or document reference.
   *
   * @param id the id
   * @param client the client
   * @param date the date
   * @param amount the amount, not negative
   * @return the shipment
   * @throws InvalidValueException if the amount is negative
   */
  public static Shipment of(ShipmentId id, ClientId client, LocalDate date, Money amount) {
    return builder().id(id).client(client).date(date).amount(amount).build();
  }

  /**
   * Returns a builder.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  @Value.Check
  final void check() {
    if (amount().isNegative()) {
      throw new InvalidValueException("Shipment " + id() + " amount", amount(), "must not be negative");
    }
    BusinessTime.requireDate("Shipment " + id() + " date", date());
    document().ifPresent(v -> Checks.checkNormalisedText("Shipment.document", v));
  }

  /** Builds a {@link Shipment}; {@code build()} checks every rule of the type. */
  public static final class Builder extends ImmutableShipment.Builder {
    Builder() {}
  }
}
