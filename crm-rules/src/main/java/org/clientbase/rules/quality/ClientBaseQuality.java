package org.clientbase.rules.quality;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import org.clientbase.core.InvalidValueException;
import org.clientbase.core.MissingValuesException;
import org.clientbase.core.client.Client;
import org.clientbase.core.field.CardConfiguration;
import org.clientbase.core.id.ClientId;
import org.clientbase.core.id.StatusId;
import org.clientbase.core.id.UserId;
import org.clientbase.core.status.StatusAssignment;
import org.clientbase.rules.access.AccessDeniedException;
import org.clientbase.rules.access.ClientAccess;
import org.clientbase.rules.access.Permission;
import org.clientbase.rules.access.RestrictedClients;
import org.clientbase.rules.internal.BuilderChecks;
import org.clientbase.rules.internal.ServiceParts;
import org.clientbase.spi.Clientbase;
import org.clientbase.spi.access.AccessPolicy;
import org.clientbase.spi.store.ClientStore;
import org.clientbase.spi.store.StatusHistoryEnd;
import org.clientbase.spi.store.StatusHistoryStore;

/**
 * The client base quality measure ("Показатель «Качество клиентской базы»"): per
 * client, the share of the fields its work status requires that are filled; aggregated by status
 * and by responsible manager, over the clients a user may see. Every operation acts on behalf of
 * a user through the host's access policy: the report is computed over that user's visible
 * clients only, and one client is measured only if the user may see it (one the user may not
 * see gets the same answer as one not stored).
 *
 * <p>Required fields come from the host's {@link CardConfiguration} of client cards: the
 * card's required fields and those of the client's current status
 * ({@link CardConfiguration#requiredByStatus()}). The report walks the base one page of clients
 * at a time with one status history query per page, so memory does not grow with the base.
 *
 * <pre>{@code
 * ClientBaseQuality quality = ClientBaseQuality.builder()
 *     .clientbase(base).accessPolicy(policy).clientCard(clientCard).build();
 * QualityReport report = quality.report(director);
 * report.status(StatusScheme.ACTIVE).share();        // e.g. 0.83
 * report.manager(UserId.of("manager-7")).share();
 * }</pre>
 *
 * <p>Thread-safe: one instance may be shared by all threads. It keeps no state of its own between
 * calls; what it reads and writes lives in the stores it was given, so it is as safe as they are.
 */
public final class ClientBaseQuality {
  private final ClientStore clients;
  private final StatusHistoryStore statusHistory;
  private final QualityMeasure measure;
  private final ClientAccess access;
  private final RestrictedClients restricted;
  private final int pageSize;

  private ClientBaseQuality(Builder b) {
    Clientbase base = b.parts.clientbase();
    this.clients = base.clientStore();
    this.statusHistory = base.statusHistoryStore();
    this.measure = b.measure;
    AccessPolicy policy = b.parts.accessPolicy();
    this.access = ClientAccess.of(policy, clients);
    this.pageSize = b.parts.pageSizeOr(RestrictedClients.DEFAULT_PAGE_SIZE);
    this.restricted = RestrictedClients.of(clients, policy).withPageSize(pageSize);
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
   * Measures one client.
   *
   * @param user the user asking
   * @param client the client
   * @return the client's quality
   * @throws AccessDeniedException if the user may not see the client, with the same message as
   *     for a client not stored
   */
  public ClientQuality of(UserId user, ClientId client) {
    Client card = access.requireClient(user, client, Permission.VIEW).value();
    return measure.measure(card, statusHistory.history(client).current().map(StatusAssignment::status));
  }

  /**
   * Measures every client the user may see.
   *
   * @param user the user asking
   * @return the aggregates
   */
  public QualityReport report(UserId user) {
    return report(user, q -> {});
  }

  /**
   * Measures every client the user may see, handing each client's quality to a consumer in
   * client id order.
   *
   * @param user the user asking
   * @param each called with each visible client's quality
   * @return the aggregates
   */
  public QualityReport report(UserId user, Consumer<ClientQuality> each) {
    Objects.requireNonNull(user, "user");
    Objects.requireNonNull(each, "each");
    Totals totals = new Totals();
    List<Client> page = new ArrayList<>(pageSize);
    restricted.forEach(user, client -> {
      page.add(client.value());
      if (page.size() == pageSize) {
        measurePage(page, totals, each);
        page.clear();
      }
    });
    measurePage(page, totals, each);
    return new QualityReport(totals.overall, totals.byStatus, totals.withoutStatus, totals.byManager,
        totals.withoutManager);
  }

  private void measurePage(List<Client> page, Totals totals, Consumer<ClientQuality> each) {
    if (page.isEmpty()) {
      return;
    }
    Map<ClientId, StatusHistoryEnd> ends = statusHistory.historyEnds(page.stream().map(Client::id).toList());
    for (Client client : page) {
      Optional<StatusId> status = Optional.ofNullable(ends.get(client.id()))
          .flatMap(StatusHistoryEnd::latest).map(StatusAssignment::status);
      ClientQuality quality = measure.measure(client, status);
      totals.add(quality);
      each.accept(quality);
    }
  }

  /** The running aggregates of a report. */
  private static final class Totals {
    QualityGroup overall = QualityGroup.EMPTY;
    final Map<StatusId, QualityGroup> byStatus = new HashMap<>();
    QualityGroup withoutStatus = QualityGroup.EMPTY;
    final Map<UserId, QualityGroup> byManager = new HashMap<>();
    QualityGroup withoutManager = QualityGroup.EMPTY;

    void add(ClientQuality q) {
      overall = overall.plus(q);
      if (q.status().isPresent()) {
        byStatus.merge(q.status().get(), QualityGroup.EMPTY.plus(q), (a, b) -> a.plus(q));
      } else {
        withoutStatus = withoutStatus.plus(q);
      }
      if (q.responsible().isPresent()) {
        byManager.merge(q.responsible().get(), QualityGroup.EMPTY.plus(q), (a, b) -> a.plus(q));
      } else {
        withoutManager = withoutManager.plus(q);
      }
    }
  }

  /** Builds a {@link ClientBaseQuality}; settings are validated as they are given. */
  public static final class Builder {
    private final ServiceParts parts = new ServiceParts("ClientBaseQuality");
    private final BuilderChecks checks = parts.checks();
    private QualityMeasure measure;

    private Builder() {}

    /**
     * Sets the host's client base: its client store and its status history store, read for each client's current status (required).
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
     * Sets the host's configuration of client cards, which says what each status requires
     * (required).
     *
     * @param card the configuration of client cards
     * @return this builder
     * @throws InvalidValueException if {@code null}, already set, not of client cards, or it
     *     requires unknown fields
     */
    public Builder clientCard(CardConfiguration card) {
      measure = checks.once("clientCard", measure, card == null ? null : QualityMeasure.of(card));
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
     * Sets how many clients one store read asks for; 500 unless set.
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
    public ClientBaseQuality build() {
      parts.required(ServiceParts.CLIENTBASE, ServiceParts.ACCESS_POLICY)
          .part("clientCard", measure).check();
      return new ClientBaseQuality(this);
    }
  }
}
