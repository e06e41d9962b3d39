package org.clientbase.core.client;

import java.util.Optional;
import org.clientbase.core.Checks;
import org.clientbase.core.ClientbaseStyle;
import org.clientbase.core.InvalidValueException;
import org.clientbase.core.contact.PostalAddress;
import org.clientbase.core.id.ClientId;
import org.clientbase.core.id.CounterpartyId;
import org.clientbase.core.tax.Inn;
import org.clientbase.core.tax.Kpp;
import org.clientbase.core.tax.Ogrn;
import org.immutables.value.Value;

/**
 * A counterparty (контрагент): a legal entity or sole proprietor through which a client
 * contracts. A client may act through several counterparties; each belongs to one client.
 *
 * <p>The tax ids must agree with each other: a 10-digit INN belongs to an organisation, which
 * has a KPP and a 13-digit OGRN; a 12-digit INN belongs to a sole proprietor, who has no KPP
 * and a 15-digit OGRNIP.
 *
 * <pre>{@code
 * Counterparty romashka = Counterparty.builder()
 *     .id(CounterpartyId.of("k-1"))
 *     .client(ClientId.of("c-1"))
 *     .legalName("ООО «Ромашка»")
 *     .inn(Inn.of("7707083893"))
 *     .kpp(Kpp.of("773601001"))
 *     .build();
 * }</pre>
 */
@Value.Immutable
@ClientbaseStyle
public abstract class Counterparty {
  Counterparty() {}

  /**
   * Returns the id.
   *
   * @return the id
   */
  public abstract CounterpartyId id();

  /**
   * Returns the client that acts through this counterparty.
   *
   * @return the client
   */
  public abstract ClientId client();

  /**
   * Returns the full legal name, e.g. "ООО «Ромашка»".
   *
   * @return the legal name
   */
  public abstract String legalName();

  /**
   * Returns the taxpayer number.
   *
   * @return the INN
   */
  public abstract Inn inn();

  /**
   * Returns the tax registration reason code, for an organisation.
   *
   * @return the KPP
   */
  public abstract Optional<Kpp> kpp();

  /**
   * Returns the state registration number (OGRN, or OGRNIP for a sole proprietor).
   *
   * @return the OGRN
   */
  public abstract Optional<Ogrn> ogrn();

  /**
   * Returns the legal address.
   *
   * @return the legal address
   */
  public abstract Optional<PostalAddress> legalAddress();

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
    String card = "Counterparty " + id();
    Checks.checkNormalisedText(card + " legalName", legalName());
    if (!inn().isLegalEntity() && kpp().isPresent()) {
      throw new InvalidValueException(
          card + " KPP", kpp().get().value(), "a sole proprietor (12-digit INN " + inn().value() + ") has no KPP");
    }
    if (ogrn().isPresent() && ogrn().get().isSoleProprietor() == inn().isLegalEntity()) {
      throw new InvalidValueException(
          card + " OGRN", ogrn().get().value(),
          (inn().isLegalEntity() ? "an organisation needs a 13-digit OGRN" : "a sole proprietor needs a 15-digit OGRNIP")
              + " to go with INN " + inn().value());
    }
  }

  /** Builds a {@link Counterparty}; {@code build()} checks every rule of the type. */
  public static final class Builder extends ImmutableCounterparty.Builder {
    Builder() {}
  }
}
