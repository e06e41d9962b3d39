package org.clientbase.rules.requisites;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.clientbase.core.ClientbaseException;
import org.clientbase.core.InvalidValueException;
import org.clientbase.core.MissingValuesException;
import org.clientbase.core.client.Counterparty;
import org.clientbase.core.id.ClientId;
import org.clientbase.core.id.CounterpartyId;
import org.clientbase.core.id.UserId;
import org.clientbase.core.tax.Inn;
import org.clientbase.rules.access.AccessDeniedException;
import org.clientbase.rules.access.ClientAccess;
import org.clientbase.rules.access.Permission;
import org.clientbase.rules.internal.BuilderChecks;
import org.clientbase.rules.internal.ServiceParts;
import org.clientbase.spi.Clientbase;
import org.clientbase.spi.IdGenerator;
import org.clientbase.spi.StaleWriteException;
import org.clientbase.spi.Versioned;
import org.clientbase.spi.access.AccessPolicy;
import org.clientbase.spi.lookup.CounterpartyRequisites;
import org.clientbase.spi.lookup.TaxIdLookup;
import org.clientbase.spi.store.ClientStore;
import org.clientbase.spi.store.CounterpartyStore;

/**
 * Fills a counterparty's requisites from its tax id ("Автоматическое заполнение
 * реквизитов клиента по ИНН"), through the host's {@link TaxIdLookup}: the legal name, KPP,
 * OGRN or OGRNIP and legal address.
 *
 * <p>Auto-fill fills only empty fields; a field the card already holds with another value is
 * left alone and reported as a {@link RequisiteConflict}. The lookup may be slow or fail: it is
 * called before anything is written and outside any unit of work, and its failure (or an answer
 * that does not fit the INN, such as another INN or a KPP for a sole proprietor) is reported as
 * a {@link LookupFailedException} with nothing changed. {@link #create} and {@link #refresh}
 * act on behalf of a user through the host's access policy: a counterparty is created or
 * changed only by a user who may edit its client, and one the user may not see gets the same
 * answer as one not stored. {@link #find} and {@link #fill} only ask the registry and touch no
 * stored card.
 *
 * <pre>{@code
 * RequisitesAutoFill autoFill = RequisitesAutoFill.builder()
 *     .clientbase(base).accessPolicy(policy).lookup(taxIdLookup).build();
 * Optional<Versioned<Counterparty>> created =
 *     autoFill.create(manager, ClientId.of("c-1"), Inn.of("7707083893"));
 * }</pre>
 *
 * <p>Thread-safe: one instance may be shared by all threads. It keeps no state of its own between
 * calls; what it reads and writes lives in the stores it was given, so it is as safe as they are.
 */
public final class RequisitesAutoFill {
  private final TaxIdLookup lookup;
  private final CounterpartyStore counterparties;
  private final ClientAccess access;
  private final IdGenerator ids;

  private RequisitesAutoFill(Builder b) {
    Clientbase base = b.parts.clientbase();
    this.lookup = b.lookup;
    this.counterparties = base.counterpartyStore();
    this.access = ClientAccess.of(b.parts.accessPolicy(), base.clientStore());
    this.ids = base.idGenerator();
  }

  /**
   * Returns a builder.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Looks up the requisites of an INN.
   *
   * @param inn the taxpayer number
   * @return the requisites, or empty if the registry does not know the INN
   * @throws LookupFailedException if the lookup fails or answers for another INN, or with a
   *     KPP or OGRN that does not fit the INN
   */
  public Optional<CounterpartyRequisites> find(Inn inn) {
    Objects.requireNonNull(inn, "inn");
    Optional<CounterpartyRequisites> found;
    try {
      found = lookup.find(inn);
    } catch (RuntimeException e) {
      throw new LookupFailedException(inn, String.valueOf(e.getMessage()), e);
    }
    if (found == null) {
      throw new LookupFailedException(inn, "the lookup answered null instead of an empty Optional", null);
    }
    found.ifPresent(r -> check(inn, r));
    return found;
  }

  /**
   * Fills the empty requisites of a counterparty card from the registry. Writes nothing.
   *
   * @param counterparty the card
   * @return the card with its empty requisites filled, and what was filled or differs
   * @throws LookupFailedException if the lookup fails or answers requisites that do not fit
   */
  public AutoFillResult fill(Counterparty counterparty) {
    Objects.requireNonNull(counterparty, "counterparty");
    Optional<CounterpartyRequisites> found = find(counterparty.inn());
    return found.map(r -> merge(counterparty, r))
        .orElseGet(() -> new AutoFillResult(counterparty, false, Set.of(), List.of()));
  }

  /**
   * Creates a counterparty of a client from its INN alone, with the registry's requisites.
   *
   * @param user the user on whose behalf it is created
   * @param client the client the counterparty belongs to
   * @param inn the taxpayer number
   * @return the stored counterparty, or empty if the registry does not know the INN (nothing is
   *     written then)
   * @throws AccessDeniedException if the user may not edit the client (for one the user may not
   *     see, the same answer as for one not stored); the lookup is not called
   * @throws LookupFailedException if the lookup fails or answers requisites that do not fit;
   *     nothing is written
   */
  public Optional<Versioned<Counterparty>> create(UserId user, ClientId client, Inn inn) {
    Objects.requireNonNull(inn, "inn");
    access.requireClient(user, client, Permission.EDIT);
    Optional<CounterpartyRequisites> found = find(inn);
    if (found.isEmpty()) {
      return Optional.empty();
    }
    CounterpartyRequisites r = found.get();
    Counterparty counterparty = Counterparty.builder()
        .id(ids.newCounterpartyId())
        .client(client)
        .legalName(r.legalName())
        .inn(inn)
        .kpp(r.kpp())
        .ogrn(r.ogrn())
        .legalAddress(r.legalAddress())
        .build();
    return Optional.of(counterparties.insert(counterparty));
  }

  /**
   * Fills the empty requisites of a stored counterparty from the registry and stores the card
   * if anything was filled.
   *
   * @param user the user on whose behalf it is changed
   * @param id the counterparty
   * @return what was filled and what differs
   * @throws AccessDeniedException if the user may not edit its client (for a counterparty the
   *     user may not see, the same answer as for one not stored); the lookup is not called
   * @throws LookupFailedException if the lookup fails or answers requisites that do not fit;
   *     nothing is written
   * @throws StaleWriteException if the card changed while the registry was asked; nothing is
   *     written
   */
  public AutoFillResult refresh(UserId user, CounterpartyId id) {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(user, "user");
    Optional<Versioned<Counterparty>> found = counterparties.find(id);
    if (found.isEmpty()) {
      throw ClientAccess.hidden(user, Permission.EDIT, "counterparty " + id);
    }
    Versioned<Counterparty> stored = found.get();
    access.requireRecord(user, "counterparty " + id, List.of(stored.value().client()), List.of(), Permission.EDIT);
    AutoFillResult result = fill(stored.value());
    if (result.changed()) {
      counterparties.update(result.counterparty(), stored.version());
    }
    return result;
  }

  private static void check(Inn inn, CounterpartyRequisites r) {
    if (!r.inn().equals(inn)) {
      throw new LookupFailedException(inn, "the registry answered for INN " + r.inn().value(), null);
    }
    if (!inn.isLegalEntity() && r.kpp().isPresent()) {
      throw new LookupFailedException(inn, "the registry gave KPP " + r.kpp().get().value()
          + " to a sole proprietor, who has none", null);
    }
    if (r.ogrn().isPresent() && r.ogrn().get().isSoleProprietor() == inn.isLegalEntity()) {
      throw new LookupFailedException(inn, "the registry's OGRN " + r.ogrn().get().value()
          + (inn.isLegalEntity() ? " is an OGRNIP, not an organisation's OGRN" : " is an organisation's, not an OGRNIP"), null);
    }
  }

  private static AutoFillResult merge(Counterparty card, CounterpartyRequisites r) {
    Counterparty.Builder b = Counterparty.builder().from(card);
    Set<String> filled = new LinkedHashSet<>();
    List<RequisiteConflict> conflicts = new ArrayList<>();
    if (!card.legalName().equals(r.legalName())) {
      conflicts.add(new RequisiteConflict("legalName", card.legalName(), r.legalName()));
    }
    fill("kpp", card.kpp(), r.kpp(), b::kpp, filled, conflicts);
    fill("ogrn", card.ogrn(), r.ogrn(), b::ogrn, filled, conflicts);
    fill("legalAddress", card.legalAddress(), r.legalAddress(), b::legalAddress, filled, conflicts);
    return new AutoFillResult(filled.isEmpty() ? card : b.build(), true, filled, conflicts);
  }

  private static <T> void fill(String field, Optional<T> onCard, Optional<T> inRegistry,
      java.util.function.Consumer<T> set, Set<String> filled, List<RequisiteConflict> conflicts) {
    if (inRegistry.isEmpty()) {
      return;
    }
    if (onCard.isEmpty()) {
      set.accept(inRegistry.get());
      filled.add(field);
    } else if (!onCard.get().equals(inRegistry.get())) {
      conflicts.add(new RequisiteConflict(field, onCard.get().toString(), inRegistry.get().toString()));
    }
  }

  /** Builds a {@link RequisitesAutoFill}; every setting is required and may be given once. */
  public static final class Builder {
    private final ServiceParts parts = new ServiceParts("RequisitesAutoFill");
    private final BuilderChecks checks = parts.checks();
    private TaxIdLookup lookup;

    private Builder() {}

    /**
     * Sets the host's client base: its counterparty and client stores and its id generator (required).
     *
     * @param base the client base
     * @return this builder
     * @throws InvalidValueException if {@code null} or already set
     */
    public Builder clientbase(Clientbase base) {
      parts.clientbase(base);
      return this;
    }

    /**
     * Sets the host's tax-id lookup.
     *
     * @param value the lookup
     * @return this builder
     * @throws InvalidValueException if {@code null} or already set
     */
    public Builder lookup(TaxIdLookup value) {
      lookup = checks.once("lookup", lookup, value);
      return this;
    }

    /**
     * Sets the host's access policy.
     *
     * @param policy the policy
     * @return this builder
     * @throws InvalidValueException if {@code null} or already set
     */
    public Builder accessPolicy(AccessPolicy policy) {
      parts.accessPolicy(policy);
      return this;
    }

    /**
     * Builds the service.
     *
     * @return the service
     * @throws MissingValuesException naming every required setting not set
     */
    public RequisitesAutoFill build() {
      parts.required(ServiceParts.CLIENTBASE, ServiceParts.ACCESS_POLICY)
          .part("lookup", lookup).check();
      return new RequisitesAutoFill(this);
    }
  }
}
