package org.clientbase.rules.classification;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.function.Predicate;
import org.clientbase.core.InvalidValueException;
import org.clientbase.core.MissingValuesException;
import org.clientbase.core.activity.Payment;
import org.clientbase.core.activity.Shipment;
import org.clientbase.core.client.Client;
import org.clientbase.core.id.ClientId;
import org.clientbase.core.id.UserId;
import org.clientbase.core.money.Money;
import org.clientbase.rules.access.ClientAccess;
import org.clientbase.rules.access.Permission;
import org.clientbase.rules.classification.internal.Classes;
import org.clientbase.rules.classification.internal.Distribution;
import org.clientbase.rules.classification.internal.Revenue;
import org.clientbase.rules.internal.BuilderChecks;
import org.clientbase.rules.internal.ServiceParts;
import org.clientbase.spi.Clientbase;
import org.clientbase.spi.Versioned;
import org.clientbase.spi.access.AccessPolicy;
import org.clientbase.spi.access.SystemActor;
import org.clientbase.spi.store.ClientStore;
import org.clientbase.spi.store.PaymentStore;
import org.clientbase.spi.store.ShipmentStore;

/**
 * ABC/XYZ classification of a host's whole client base over a period, streaming: the rules of
 * {@link AbcXyzClassifier}, with memory that grows by 16 bytes per client, not with the facts.
 *
 * <p>Who acts: {@link #classify(UserId, ClassificationSettings, Consumer)} classifies on behalf
 * of a user the part of the base that the host's access policy lets them see: the revenue
 * distribution, each client's class, its {@code share} and {@code shareBefore}, and the matrix
 * are all computed over the visible clients only, as if the others were not stored, so no
 * figure is derived from a client the user may not see. {@link #classify(SystemActor,
 * ClassificationSettings, Consumer)} classifies the whole base for the host itself (e.g. to
 * store every client's class at night) and does not consult the policy.
 *
 * <p>The base is read twice, one page of clients at a time with one fact query per page: first
 * to learn the distribution of revenue, then to classify. Classify a closed period, so that the
 * facts do not change between the two reads.
 *
 * <pre>{@code
 * AbcXyzClassification classification = AbcXyzClassification.builder()
 *     .clientbase(base).accessPolicy(policy).build();
 * ClassificationReport report = classification.classify(director,   // director's clients
 *     ClassificationSettings.ofDefaults(YearMonth.of(2025, 1), YearMonth.of(2025, 12)),
 *     c -> host.saveClass(c.client(), c.cell()));
 * report.cell(AbcClass.A, XyzClass.X).clients();
 * }</pre>
 *
 * <p>Thread-safe: one instance may be shared by all threads. It keeps no state of its own between
 * calls; what it reads and writes lives in the stores it was given, so it is as safe as they are.
 */
public final class AbcXyzClassification {
  private final ClientStore clients;
  private final ShipmentStore shipments;
  private final PaymentStore payments;
  private final ClientAccess access;
  private final int pageSize;

  private AbcXyzClassification(Builder b) {
    Clientbase base = b.parts.clientbase();
    this.clients = base.clientStore();
    this.shipments = base.shipmentStore();
    this.payments = base.paymentStore();
    this.access = ClientAccess.of(b.parts.accessPolicy(), clients);
    this.pageSize = b.parts.pageSizeOr(1000);
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
   * Classifies the part of the base a user may see and collects the classes; for bases small
   * enough to hold the result in memory.
   *
   * @param user the user asking
   * @param settings the settings
   * @return the classes of the visible clients, computed over the visible clients only, in
   *     client id order
   * @throws InvalidValueException if the settings' revenue source has no store, or a fact is in
   *     another currency
   */
  public List<ClientClass> classify(UserId user, ClassificationSettings settings) {
    List<ClientClass> classes = new ArrayList<>();
    classify(user, settings, classes::add);
    return List.copyOf(classes);
  }

  /**
   * Classifies the part of the base a user may see and hands each class to a consumer, in
   * client id order. The classes, shares and matrix are computed over the visible clients only.
   *
   * @param user the user asking
   * @param settings the settings
   * @param each called with each visible client's class
   * @return the matrix over the visible clients
   * @throws InvalidValueException if the settings' revenue source has no store, or a fact is in
   *     another currency
   */
  public ClassificationReport classify(UserId user, ClassificationSettings settings, Consumer<ClientClass> each) {
    Objects.requireNonNull(user, "user");
    return classify(c -> access.can(user, c, Permission.VIEW), settings, each);
  }

  /**
   * Classifies the whole base for the host itself, without access checks, and hands each
   * client's class to a consumer, in client id order.
   *
   * @param system the host's system actor
   * @param settings the settings
   * @param each called with each client's class
   * @return the matrix over the whole base
   * @throws InvalidValueException if the settings' revenue source has no store, or a fact is in
   *     another currency
   */
  public ClassificationReport classify(SystemActor system, ClassificationSettings settings, Consumer<ClientClass> each) {
    Objects.requireNonNull(system, "system");
    return classify(c -> true, settings, each);
  }

  private ClassificationReport classify(Predicate<Client> included, ClassificationSettings settings,
      Consumer<ClientClass> each) {
    Objects.requireNonNull(settings, "settings");
    Objects.requireNonNull(each, "each");
    Distribution distribution = new Distribution();
    walk(included, settings, (page, revenue) -> {
      for (Client client : page) {
        distribution.add(revenue.get(client.id()).total());
      }
    });
    distribution.seal();
    long[] counts = new long[9];
    long[] sums = new long[9];
    walk(included, settings, (page, revenue) -> {
      for (Client client : page) {
        Revenue r = revenue.get(client.id());
        long total = r.total();
        ClientClass c = Classes.of(client.id(), r.months(), distribution.above(total), distribution.total(), settings);
        int cell = c.abc().ordinal() * 3 + c.xyz().ordinal();
        counts[cell]++;
        sums[cell] = Math.addExact(sums[cell], total);
        each.accept(c);
      }
    });
    List<MatrixCell> cells = new ArrayList<>(9);
    for (AbcClass abc : AbcClass.values()) {
      for (XyzClass xyz : XyzClass.values()) {
        int cell = abc.ordinal() * 3 + xyz.ordinal();
        cells.add(new MatrixCell(abc, xyz, counts[cell], Revenue.money(sums[cell], settings.currency())));
      }
    }
    return new ClassificationReport(settings, cells);
  }


  /** Walks the included clients page by page with the revenue of each client of the page. */
  private void walk(Predicate<Client> included, ClassificationSettings settings,
      BiConsumer<List<Client>, Map<ClientId, Revenue>> action) {
    Optional<ClientId> after = Optional.empty();
    while (true) {
      List<Versioned<Client>> page = clients.page(after, pageSize);
      if (page.isEmpty()) {
        return;
      }
      List<Client> cards = page.stream().map(Versioned::value).filter(included).toList();
      after = Optional.of(page.get(page.size() - 1).value().id());
      if (cards.isEmpty()) {
        if (page.size() < pageSize) {
          return;
        }
        continue;
      }
      Map<ClientId, Revenue> revenue = new LinkedHashMap<>();
      cards.forEach(c -> revenue.put(c.id(), new Revenue(settings)));
      List<ClientId> ids = List.copyOf(revenue.keySet());
      if (settings.source() == RevenueSource.SHIPMENTS) {
        for (Shipment s : shipments.findByClients(ids)) {
          add(revenue, s.client(), "Shipment " + s.id(), s.date(), s.amount());
        }
      } else {
        for (Payment p : payments.findByClients(ids)) {
          add(revenue, p.client(), "Payment " + p.id(), p.date(), p.amount());
        }
      }
      action.accept(cards, revenue);
      if (page.size() < pageSize) {
        return;
      }
    }
  }

  private static void add(Map<ClientId, Revenue> revenue, ClientId client, String what,
      java.time.LocalDate date, Money amount) {
    Revenue r = revenue.get(client);
    if (r != null) {
      r.add(what, date, amount);
    }
  }

  /** Builds an {@link AbcXyzClassification}; settings are validated as they are given. */
  public static final class Builder {
    private final ServiceParts parts = new ServiceParts("AbcXyzClassification");
    private final BuilderChecks checks = parts.checks();

    private Builder() {}

    /**
     * Sets the host's client base: its client store and its shipment and payment stores, read for revenue (required).
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
     * Sets the host's access policy (required).
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
     * Sets how many clients one store read asks for; 1000 unless set.
     *
     * @param size the page size, from 1 to 100 000
     * @return this builder
     * @throws InvalidValueException if out of bounds or already set
     */
    public Builder pageSize(int size) {
      parts.pageSize(size);
      return this;
    }

    /**
     * Builds the service.
     *
     * @return the service
     * @throws MissingValuesException naming every required setting not set
     */
    public AbcXyzClassification build() {
      parts.required(ServiceParts.CLIENTBASE, ServiceParts.ACCESS_POLICY).check();
      return new AbcXyzClassification(this);
    }
  }
}
