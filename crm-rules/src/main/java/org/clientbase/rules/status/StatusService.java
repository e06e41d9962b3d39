package org.clientbase.rules.status;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import org.clientbase.core.Checks;
import org.clientbase.core.InvalidValueException;
import org.clientbase.core.MissingValuesException;
import org.clientbase.core.activity.Interest;
import org.clientbase.core.activity.Payment;
import org.clientbase.core.activity.Shipment;
import org.clientbase.core.id.ClientId;
import org.clientbase.core.id.StatusId;
import org.clientbase.core.id.UserId;
import org.clientbase.core.status.StatusAssignment;
import org.clientbase.rules.access.AccessDeniedException;
import org.clientbase.rules.access.Permission;
import org.clientbase.rules.internal.BuilderChecks;
import org.clientbase.spi.Clientbase;
import org.clientbase.spi.ProgressListener;
import org.clientbase.spi.UnitOfWork;
import org.clientbase.spi.access.AccessPolicy;
import org.clientbase.spi.access.SystemActor;
import org.clientbase.spi.event.StatusTransitionListener;
import org.clientbase.spi.store.ClientFacts;
import org.clientbase.spi.store.ClientPages;
import org.clientbase.spi.store.StatusHistoryStore;

/**
 * The status engine over the host's stores: recalculate one client now, recalculate the whole
 * base in batches, set a status by hand, answer "which status on that date", and the status
 * dynamics report. Thread-safe; build one per scheme and share it.
 *
 * <pre>{@code
 * StatusService statuses = StatusService.builder()
 *     .clients(clientStore).interests(interestStore).payments(paymentStore)
 *     .shipments(shipmentStore).history(historyStore)
 *     .unitOfWork(unitOfWork)
 *     .clock(hostClock)                       // the host's java.time.Clock
 *     .scheme(StatusScheme.defaults())
 *     .listener(transition -> winBack.startIfLost(transition))
 *     .progressListener(progress -> bar.update(progress))
 *     .accessPolicy(policy)
 *     .build();
 * BatchResult tonight = statuses.recalculateAll();
 * statuses.statusOn(manager, clientId, today);   // only for a client the manager may see
 * }</pre>
 *
 * <p><b>Who acts.</b> The operations that take a {@link UserId} act on behalf of that person
 * and go through the host's {@link AccessPolicy}: {@link #recalculate(UserId, ClientId, boolean)}
 * and {@link #statusOn(UserId, ClientId, LocalDate)} need a client the user may see (and may
 * edit, to apply a recalculation), {@code setStatus} a client the user may edit, and {@link
 * #dynamics(UserId, LocalDate, int, boolean)} counts only the clients the user may see, per
 * manager too. A refused call throws {@link AccessDeniedException} before anything is read into
 * the result or written; a client the user may not see gets the same answer as one not stored.
 * The overloads that take a {@link SystemActor}, and the batch {@code recalculateAll}, act for
 * the host itself over the whole base and do not consult the policy.
 *
 * <p><b>What "today's status" means.</b> The status on a date D is one evaluation step on every
 * day after the client's last evaluated date up to D, as if a daily job had run; the service
 * computes it with {@link Evaluator#replay}, so it does not matter how often the batch runs. A
 * client without any history starts on its card's creation date with the status for a new
 * client.
 *
 * <p><b>Stores.</b> The service calls only {@link ClientPages}, one {@link ClientFacts} per kind
 * of fact and the {@link StatusHistoryStore}, from several threads at once; a whole
 * {@link Clientbase} provides them all.
 *
 * <p><b>Writes.</b> Only changes are written: a client whose status does not change gets no
 * write at all. A client that changes gets its new entries and the evaluated date in one
 * versioned append, inside the unit of work (the batch makes a page's appends with one
 * {@link StatusHistoryStore#appendAll}); a stale version (someone else wrote meanwhile) is
 * read again and recomputed. Because an append is all or nothing and a rerun starts after
 * what is stored, a batch interrupted anywhere and run again ends in the same state as an
 * uninterrupted one, with no duplicate entries.
 *
 * <p><b>Listeners.</b> Transition listeners are told of each stored entry after its append
 * returned, from the worker threads of a batch. A listener that throws is contained: the
 * failure is collected (see {@link BatchResult#listenerFailures()}) and passed to the
 * failure handler, and the work goes on. A transition is announced at most once: if the batch
 * stops between the append and the announcement, the rerun does not announce it again.
 */
public final class StatusService {
  private final OneClientSteps one;
  private final StatusBatchRunner batch;
  private final Clock clock;
  private final StatusScheme scheme;
  private final StatusAccess access;

  private StatusService(StatusSettings builder) {
    this.access = new StatusAccess(builder.clients, builder.accessPolicy);
    StatusSteps steps = new StatusSteps(builder);
    this.one = new OneClientSteps(steps, builder.batchSize);
    this.batch = new StatusBatchRunner(
        steps, builder.progress, builder.batchSize, builder.parallelism, builder.executor);
    this.clock = builder.clock;
    this.scheme = builder.scheme;
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
   * Returns the scheme the service computes statuses with.
   *
   * @return the scheme
   */
  public StatusScheme scheme() {
    return scheme;
  }

  /**
   * Returns today in the clock's time zone: the date the service evaluates.
   *
   * @return today
   */
  public LocalDate today() {
    return LocalDate.ofInstant(clock.instant(), clock.getZone());
  }

  /**
   * Recalculates one client now on behalf of a user (the "?" next to a status): the steps since
   * its last evaluated date up to today, with the explanation of today's step; optionally writes
   * them to the history.
   *
   * @param user the user asking
   * @param client the client
   * @param apply whether to record the transitions found (and tell the listeners)
   * @return the recalculation
   * @throws AccessDeniedException if the user may not see the client, or may not edit it and
   *     {@code apply} is set; nothing is written
   * @throws InvalidActivityException if the client's facts are inconsistent
   * @throws UnknownStatusException if the recorded status is not in the scheme
   */
  public ClientRecalculation recalculate(UserId user, ClientId client, boolean apply) {
    access.require(user, client, apply ? Permission.EDIT : Permission.VIEW);
    return one.recalculate(client, apply, today());
  }

  /**
   * Recalculates one client now for the host itself, without access checks.
   *
   * @param system the host's system actor
   * @param client the client
   * @param apply whether to record the transitions found (and tell the listeners)
   * @return the recalculation
   * @throws InvalidValueException if the client store has no such client
   * @throws InvalidActivityException if the client's facts are inconsistent
   * @throws UnknownStatusException if the recorded status is not in the scheme
   */
  public ClientRecalculation recalculate(SystemActor system, ClientId client, boolean apply) {
    Objects.requireNonNull(system, "system");
    return one.recalculate(Objects.requireNonNull(client, "client"), apply, today());
  }

  /**
   * Sets a client's status by hand and records it, with the person and their comment. Days not
   * yet evaluated before today are stepped first, so the history stays as if the daily job had
   * run; the person's choice is today's step.
   *
   * @param client the client
   * @param status the status to set; any status of the scheme, manual or not
   * @param person who sets it
   * @param comment why the person set it
   * @return the recorded entry
   * @throws AccessDeniedException if the person may not edit the client (for one they may not
   *     see, the same answer as for one not stored); nothing is written
   * @throws UnknownStatusException if the scheme has no such status
   * @throws InvalidValueException if the client already has the status, or the comment is blank
   */
  public StatusAssignment setStatus(ClientId client, StatusId status, UserId person, String comment) {
    access.require(person, client, Permission.EDIT);
    return one.setStatus(client, status, person, Optional.of(Objects.requireNonNull(comment, "comment")),
        today());
  }

  /**
   * Sets a client's status by hand without a comment; otherwise as
   * {@link #setStatus(ClientId, StatusId, UserId, String)}.
   *
   * @param client the client
   * @param status the status to set
   * @param person who sets it
   * @return the recorded entry
   * @throws AccessDeniedException if the person may not edit the client; nothing is written
   */
  public StatusAssignment setStatus(ClientId client, StatusId status, UserId person) {
    access.require(person, client, Permission.EDIT);
    return one.setStatus(client, status, person, Optional.empty(), today());
  }

  /**
   * Returns the status a client the user may see had (or, for a date after its last evaluated
   * date, has by the rules) at the end of a date.
   *
   * @param user the user asking
   * @param client the client
   * @param date the date
   * @return the status, empty if the client had none
   * @throws AccessDeniedException if the user may not see the client (the same answer as for a
   *     client not stored)
   */
  public Optional<StatusId> statusOn(UserId user, ClientId client, LocalDate date) {
    Objects.requireNonNull(date, "date");
    access.require(user, client, Permission.VIEW);
    return one.statusOn(client, date);
  }

  /**
   * Returns the status a client had at the end of a date, for the host itself, without access
   * checks.
   *
   * @param system the host's system actor
   * @param client the client
   * @param date the date
   * @return the status, empty if the client had none
   * @throws InvalidValueException if the client store has no such client
   */
  public Optional<StatusId> statusOn(SystemActor system, ClientId client, LocalDate date) {
    Objects.requireNonNull(system, "system");
    return one.statusOn(Objects.requireNonNull(client, "client"), Objects.requireNonNull(date, "date"));
  }

  /**
   * Recalculates every client of the base up to today, for the host itself: the nightly run. It
   * does not consult the access policy.
   *
   * @return what the batch did
   * @throws StatusBatchException if a store failed to give a batch of clients or facts, or the
   *     thread was interrupted; run again to finish
   */
  public BatchResult recalculateAll() {
    return batch.run(Optional.empty(), today());
  }

  /**
   * Recalculates the clients after a given one (in id order) up to today: the rest of the base
   * after an interruption ({@link BatchResult#lastClient()}).
   *
   * <p>Clients are read in pages of the configured batch size, their facts and histories with
   * one read per store and page; the clients of a page are evaluated on the configured number
   * of workers, each worker's changes written with one
   * {@link org.clientbase.spi.store.StatusHistoryStore#appendAll} in one unit of work, and
   * progress is reported after each page. Memory holds two pages at a time. Errors of single
   * clients (inconsistent facts, a status not in the scheme, a failing write) are collected
   * and the batch goes on: when a page's append call fails, its clients are written one by
   * one, each from a fresh read.
   *
   * @param after the last client already done
   * @return what the batch did
   * @throws StatusBatchException if a store failed to give a batch of clients or facts, or the
   *     thread was interrupted; run again to finish
   */
  public BatchResult recalculateAll(ClientId after) {
    return batch.run(Optional.of(Objects.requireNonNull(after, "after")), today());
  }

  /**
   * Computes the status dynamics report over the clients a user may see, walking the history
   * store page by page; clients the user may not see are left out of every count, the
   * per-manager sections included.
   *
   * @param user the user asking
   * @param end the last day of the period
   * @param periodDays the length of the period, at least 1 (by default
   *     {@link StatusDynamicsReport#DEFAULT_PERIOD_DAYS})
   * @param byManager whether to add sections per responsible manager (read from the client
   *     store)
   * @return the report
   * @throws InvalidValueException if the period is not positive
   */
  public StatusDynamicsReport dynamics(UserId user, LocalDate end, int periodDays, boolean byManager) {
    return one.dynamics(end, periodDays, byManager, access.visibleTo(user));
  }

  /**
   * Computes the status dynamics report over the clients a user may see for the week ending
   * today, in total and per manager.
   *
   * @param user the user asking
   * @return the report
   */
  public StatusDynamicsReport dynamics(UserId user) {
    return dynamics(user, today(), StatusDynamicsReport.DEFAULT_PERIOD_DAYS, true);
  }

  /**
   * Computes the status dynamics report over the whole base, for the host itself, without
   * access checks.
   *
   * @param system the host's system actor
   * @param end the last day of the period
   * @param periodDays the length of the period, at least 1
   * @param byManager whether to add sections per responsible manager
   * @return the report
   * @throws InvalidValueException if the period is not positive
   */
  public StatusDynamicsReport dynamics(SystemActor system, LocalDate end, int periodDays, boolean byManager) {
    Objects.requireNonNull(system, "system");
    return one.dynamics(end, periodDays, byManager, null);
  }

  /**
   * Computes the status dynamics report over the whole base for the week ending today, for the
   * host itself, without access checks.
   *
   * @param system the host's system actor
   * @return the report
   */
  public StatusDynamicsReport dynamics(SystemActor system) {
    return dynamics(system, today(), StatusDynamicsReport.DEFAULT_PERIOD_DAYS, true);
  }

  /**
   * Builds a {@link StatusService}. Every setting may be given once; a bad or repeated setting
   * fails at once with a message naming it. Required: the access policy, the client cards, the three kinds of
   * facts, the history and the clock.
   */
  public static final class Builder {
    private final StatusSettings settings = new StatusSettings();
    private final BuilderChecks checks = new BuilderChecks("StatusService");

    private Builder() {}

    /**
     * Sets every store from the host's client base: its client, interest, payment, shipment and
     * status history stores and its unit of work.
     *
     * @param base the client base
     * @return this builder
     * @throws InvalidValueException if {@code null}, or one of those parts is already set
     */
    public Builder clientbase(Clientbase base) {
      Objects.requireNonNull(base, "clientbase");
      return clients(base.clientStore()).interests(base.interestStore()).payments(base.paymentStore())
          .shipments(base.shipmentStore()).history(base.statusHistoryStore()).unitOfWork(base.unitOfWork());
    }

    /**
     * Sets the client cards, walked in id order by the batch: a {@link
     * org.clientbase.spi.store.ClientStore} or just its read side.
     *
     * @param store the cards
     * @return this builder
     * @throws InvalidValueException if {@code null} or already set
     */
    public Builder clients(ClientPages store) {
      settings.clients = checks.once("clients", settings.clients, store);
      return this;
    }

    /**
     * Sets the host's access policy, asked by the operations made on behalf of a user; {@link
     * AccessPolicy#allowAll()} for a host without restrictions.
     *
     * @param policy the policy
     * @return this builder
     * @throws InvalidValueException if {@code null} or already set
     */
    public Builder accessPolicy(AccessPolicy policy) {
      settings.accessPolicy = checks.once("accessPolicy", settings.accessPolicy, policy);
      return this;
    }

    /**
     * Sets where the interests of a page of clients are read: an {@link
     * org.clientbase.spi.store.InterestStore} or any {@link ClientFacts} of interests.
     *
     * @param store the interests
     * @return this builder
     * @throws InvalidValueException if {@code null} or already set
     */
    public Builder interests(ClientFacts<Interest> store) {
      settings.interests = checks.once("interests", settings.interests, store);
      return this;
    }

    /**
     * Sets where the payments of a page of clients are read: a {@link
     * org.clientbase.spi.store.PaymentStore} or any {@link ClientFacts} of payments.
     *
     * @param store the payments
     * @return this builder
     * @throws InvalidValueException if {@code null} or already set
     */
    public Builder payments(ClientFacts<Payment> store) {
      settings.payments = checks.once("payments", settings.payments, store);
      return this;
    }

    /**
     * Sets where the shipments of a page of clients are read: a {@link
     * org.clientbase.spi.store.ShipmentStore} or any {@link ClientFacts} of shipments.
     *
     * @param store the shipments
     * @return this builder
     * @throws InvalidValueException if {@code null} or already set
     */
    public Builder shipments(ClientFacts<Shipment> store) {
      settings.shipments = checks.once("shipments", settings.shipments, store);
      return this;
    }

    /**
     * Sets the status history store.
     *
     * @param store the store
     * @return this builder
     * @throws InvalidValueException if {@code null} or already set
     */
    public Builder history(StatusHistoryStore store) {
      settings.history = checks.once("history", settings.history, store);
      return this;
    }

    /**
     * Sets the unit of work each client's writes run in; by default {@link UnitOfWork#direct()}.
     *
     * @param work the unit of work
     * @return this builder
     * @throws InvalidValueException if {@code null} or already set
     */
    public Builder unitOfWork(UnitOfWork work) {
      settings.unitOfWork = checks.once("unitOfWork", settings.unitOfWork, work);
      return this;
    }

    /**
     * Sets the clock whose date, in its zone, is "today".
     *
     * @param value the clock
     * @return this builder
     * @throws InvalidValueException if {@code null} or already set
     */
    public Builder clock(Clock value) {
      settings.clock = checks.once("clock", settings.clock, value);
      return this;
    }

    /**
     * Sets the status scheme; by default {@link StatusScheme#defaults()}.
     *
     * @param value the scheme
     * @return this builder
     * @throws InvalidValueException if {@code null} or already set
     */
    public Builder scheme(StatusScheme value) {
      settings.scheme = checks.once("scheme", settings.scheme, value);
      return this;
    }

    /**
     * Adds a transition listener; may be called for several listeners.
     *
     * @param listener the listener
     * @return this builder
     * @throws InvalidValueException if {@code null}
     */
    public Builder listener(StatusTransitionListener listener) {
      settings.listeners.add(checks.once("listener", null, listener));
      return this;
    }

    /**
     * Sets the progress listener of batches; by default none.
     *
     * @param listener the listener
     * @return this builder
     * @throws InvalidValueException if {@code null} or already set
     */
    public Builder progressListener(ProgressListener listener) {
      settings.progress = checks.once("progressListener", settings.progress, listener);
      return this;
    }

    /**
     * Sets what is done with a transition listener's failure besides collecting it, e.g.
     * logging it; by default nothing.
     *
     * @param handler the handler
     * @return this builder
     * @throws InvalidValueException if {@code null} or already set
     */
    public Builder onListenerFailure(Consumer<ListenerFailure> handler) {
      settings.onListenerFailure = checks.once("onListenerFailure", settings.onListenerFailure, handler);
      return this;
    }

    /**
     * Sets where the host's own facts are read for host rules; by default none.
     *
     * @param source the source
     * @return this builder
     * @throws InvalidValueException if {@code null} or already set
     */
    public Builder hostFacts(HostFactSource source) {
      settings.hostFacts = checks.once("hostFacts", settings.hostFacts, source);
      return this;
    }

    /**
     * Sets how many clients a batch reads at once; by default 1000.
     *
     * @param size at least 1
     * @return this builder
     * @throws InvalidValueException if out of bounds or already set
     */
    public Builder batchSize(int size) {
      checks.once("batchSize", settings.batchSize == 0 ? null : settings.batchSize,
          checks.within("batchSize", size, 1, Integer.MAX_VALUE));
      settings.batchSize = size;
      return this;
    }

    /**
     * Sets how many threads evaluate a batch; by default the number of available processors.
     *
     * @param threads at least 1
     * @return this builder
     * @throws InvalidValueException if out of bounds or already set
     */
    public Builder parallelism(int threads) {
      checks.once("parallelism", settings.parallelism == 0 ? null : settings.parallelism,
          checks.within("parallelism", threads, 1, Integer.MAX_VALUE));
      settings.parallelism = threads;
      return this;
    }

    /**
     * Sets the executor the batch's workers run on, for a host that manages its threads; the
     * batch gives it as many tasks at once as the parallelism. By default each batch starts
     * its own daemon threads, as many as the parallelism, and stops them when it ends.
     *
     * @param workers the executor; the batch never shuts it down
     * @return this builder
     * @throws InvalidValueException if {@code null} or already set
     */
    public Builder executor(Executor workers) {
      settings.executor = checks.once("executor", settings.executor, workers);
      return this;
    }

    /**
     * Sets how many client and listener failures a result keeps in full (all are counted); by
     * default 100.
     *
     * @param limit at least 0
     * @return this builder
     * @throws InvalidValueException if out of bounds or already set
     */
    public Builder maxReportedFailures(int limit) {
      checks.once("maxReportedFailures",
          settings.maxReportedFailures == -1 ? null : settings.maxReportedFailures,
          checks.within("maxReportedFailures", limit, 0, Integer.MAX_VALUE));
      settings.maxReportedFailures = limit;
      return this;
    }

    /**
     * Builds the service.
     *
     * @return the service
     * @throws MissingValuesException naming every required setting not set
     */
    public StatusService build() {
      checks.required().part("clients", settings.clients).part("interests", settings.interests)
          .part("payments", settings.payments).part("shipments", settings.shipments)
          .part("history", settings.history).part("clock", settings.clock)
          .part("accessPolicy", settings.accessPolicy).check();
      return new StatusService(settings.withDefaults());
    }

  }
}
