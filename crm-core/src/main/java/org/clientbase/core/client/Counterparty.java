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
 *
 * <p>Immutable and thread-safe.
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
    return ImmutableCounterparty.builder();
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

  /**
   * Builds a {@link Counterparty}; {@code build()} checks every rule of the type.
   *
   * <p>Required: {@code id}, {@code client}, {@code legalName}, {@code inn}; every other attribute
   * is optional. A builder is not thread-safe: fill it and build from one thread.
   */
  public abstract static class Builder {
    Builder() {}

    /**
     * Copies the attributes of an existing Counterparty into this builder: each single value
     * replaces the one set before, collection elements and map entries are added, and an empty
     * optional value leaves the value set before.
     * @param instance the value to copy
     * @return this builder
     */
    public abstract Builder from(Counterparty instance);
    /**
     * Sets the id ({@link Counterparty#id() id}). Required: {@code build()} fails if it is not
     * set.
     * @param id the value to set
     * @return this builder
     */
    public abstract Builder id(CounterpartyId id);
    /**
     * Sets the client that acts through this counterparty ({@link Counterparty#client() client}).
     * Required: {@code build()} fails if it is not set.
     * @param client the value to set
     * @return this builder
     */
    public abstract Builder client(ClientId client);
    /**
     * Sets the full legal name, e.g. "ООО «Ромашка»" ({@link Counterparty#legalName() legalName}).
     * Required: {@code build()} fails if it is not set.
     * @param legalName the value to set
     * @return this builder
     */
    public abstract Builder legalName(String legalName);
    /**
     * Sets the taxpayer number ({@link Counterparty#inn() inn}). Required: {@code build()} fails
     * if it is not set.
     * @param inn the value to set
     * @return this builder
     */
    public abstract Builder inn(Inn inn);
    /**
     * Sets the tax registration reason code, for an organisation ({@link Counterparty#kpp() kpp}).
     * Optional: empty unless set.
     * @param kpp the value to set
     * @return this builder
     */
    public abstract Builder kpp(Kpp kpp);
    /**
     * Sets the tax registration reason code, for an organisation ({@link Counterparty#kpp() kpp}),
     * or clears it when empty. Optional: empty unless set.
     * @param kpp the value to set, or empty to clear it
     * @return this builder
     */
    public abstract Builder kpp(Optional<? extends Kpp> kpp);
    /**
     * Sets the state registration number (OGRN, or OGRNIP for a sole proprietor)
     * ({@link Counterparty#ogrn() ogrn}). Optional: empty unless set.
     * @param ogrn the value to set
     * @return this builder
     */
    public abstract Builder ogrn(Ogrn ogrn);
    /**
     * Sets the state registration number (OGRN, or OGRNIP for a sole proprietor)
     * ({@link Counterparty#ogrn() ogrn}), or clears it when empty. Optional: empty unless set.
     * @param ogrn the value to set, or empty to clear it
     * @return this builder
     */
    public abstract Builder ogrn(Optional<? extends Ogrn> ogrn);
    /**
     * Sets the legal address ({@link Counterparty#legalAddress() legalAddress}). Optional: empty
     * unless set.
     * @param legalAddress the value to set
     * @return this builder
     */
    public abstract Builder legalAddress(PostalAddress legalAddress);
    /**
     * Sets the legal address ({@link Counterparty#legalAddress() legalAddress}), or clears it when
     * empty. Optional: empty unless set.
     * @param legalAddress the value to set, or empty to clear it
     * @return this builder
     */
    public abstract Builder legalAddress(Optional<? extends PostalAddress> legalAddress);

    /**
     * Builds the Counterparty, checking every rule of the type.
     *
     * @return the new value
     * @throws org.clientbase.core.MissingValuesException naming the required attributes that are not set
     */
    public abstract Counterparty build();
  }
}
