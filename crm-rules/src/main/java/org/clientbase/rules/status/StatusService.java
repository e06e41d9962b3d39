package org.clientbase.rules.status;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
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
 * statuses.factsChanged(List.of(clientId));       // after storing its new payment
 * BatchResult tonight = statuses.recalculateDue();
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
 * The overloads that take a {@link SystemActor}, and the batches, act for
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
 *
 * <p><b>The nightly run.</b> {@link #recalculateDue()} reads only the clients whose status may
 * change: the engine knows for each client the first day its status could change without a
 * new fact, and the batches keep it with the client's history as its due day
 * ({@link StatusHistoryStore#keepsDueDays()}); a client whose facts change is made due at once
 * by {@link #factsChanged}. The host calls {@code factsChanged} after storing new, changed or
 * removed interests, payments, shipments or host facts, and for each new client card; it
 * calls it for every client after changing the scheme. The run then ends in the state
 * {@link #recalculateAll()} gives, with the same guarantees.
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
   * Recalculates every client of the base up to today, for the host itself, reading every
   * client; {@link #recalculateDue()} reads only those that may change.
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
   * The nightly run: recalculates up to today, for the host itself, only the clients whose
   * status may change: those whose due day has come and those whose facts changed. It ends in
   * the state {@link #recalculateAll()} would give, with the same guarantees; with a history
   * store that keeps no due days ({@link StatusHistoryStore#keepsDueDays()}) it reads every
   * client, as {@code recalculateAll} does.
   *
   * @return what the run did; {@link BatchResult#clients()} counts the clients read
   * @throws StatusBatchException if a store failed to give a batch of clients or facts, or the
   *     thread was interrupted; run again to finish
   */
  public BatchResult recalculateDue() {
    return batch.runDue(Optional.empty(), today());
  }

  /**
   * The rest of a nightly run after an interruption: as {@link #recalculateDue()} for the
   * clients after a given one ({@link BatchResult#lastClient()}).
   *
   * @param after the last client already done
   * @return what the run did
   * @throws StatusBatchException if a store failed; run again to finish
   */
  public BatchResult recalculateDue(ClientId after) {
    return batch.runDue(Optional.of(Objects.requireNonNull(after, "after")), today());
  }

  /**
   * Tells the service that the facts of some clients changed (an interest, payment, shipment
   * or host fact added, changed or removed, or a new client card), so that the next
   * {@link #recalculateDue()} reads them. Call it inside the unit of work that stores those
   * changes, or after it; it records the clients in the history store
   * ({@link StatusHistoryStore#factsChanged}) with one call.
   *
   * @param clients the clients whose facts changed
   */
  public void factsChanged(Collection<ClientId> clients) {
    batch.factsChanged(clients);
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
   * Builds a {@link StatusService}: the setters of {@link StatusServiceSetup}, then
   * {@link #build()}. Every setting may be given once (listeners excepted); a setter given
   * {@code null}, a value out of bounds or a setting already given throws an
   * {@link InvalidValueException} naming the setting and the value. Required: the access
   * policy, the client cards, the three kinds of facts, the history and the clock.
   */
  public static final class Builder extends StatusServiceSetup<Builder> {
    private Builder() {}

    @Override
    Builder self() {
      return this;
    }

    /**
     * Builds the service.
     *
     * @return the service
     * @throws MissingValuesException naming every required setting not set
     */
    public StatusService build() {
      return new StatusService(checkedSettings());
    }

  }
}
