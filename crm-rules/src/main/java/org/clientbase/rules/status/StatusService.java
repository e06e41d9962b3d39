package org.clientbase.rules.status;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Predicate;
import org.clientbase.core.Checks;
import org.clientbase.core.InvalidValueException;
import org.clientbase.core.activity.Interest;
import org.clientbase.core.activity.Payment;
import org.clientbase.core.activity.Shipment;
import org.clientbase.core.client.Client;
import org.clientbase.core.id.ClientId;
import org.clientbase.core.id.StatusId;
import org.clientbase.core.id.UserId;
import org.clientbase.core.status.StatusAssignment;
import org.clientbase.core.status.StatusReason;
import org.clientbase.rules.access.AccessDeniedException;
import org.clientbase.rules.access.ClientAccess;
import org.clientbase.rules.access.Permission;
import org.clientbase.spi.Progress;
import org.clientbase.spi.ProgressListener;
import org.clientbase.spi.StaleWriteException;
import org.clientbase.spi.UnitOfWork;
import org.clientbase.spi.Versioned;
import org.clientbase.spi.access.AccessPolicy;
import org.clientbase.spi.access.SystemActor;
import org.clientbase.spi.event.StatusTransitionListener;
import org.clientbase.spi.store.ClientStatusHistory;
import org.clientbase.spi.store.ClientStore;
import org.clientbase.spi.store.InterestStore;
import org.clientbase.spi.store.PaymentStore;
import org.clientbase.spi.store.ShipmentStore;
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
 *     .build();
 *     .accessPolicy(policy)
 *     .build();
 * BatchResult tonight = statuses.recalculateAll();
 * statuses.statusOn(manager, clientId, today);   // only for a client the manager may see
 * }</pre>
 *
 * <p><b>Who acts.</b> The operations that take a {@link UserId} act on behalf of that person
 * and go through the host's {@link AccessPolicy}: {@link #recalculate(UserId, ClientId, boolean)}
 * and {@link #statusOn(UserId, ClientId, LocalDate)} need a client the user may see (and may
 * edit, to apply a recalculation), {@link #setStatus} a client the user may edit, and {@link
 * #dynamics(UserId, LocalDate, int, boolean)} counts only the clients the user may see, per
 * manager too. A refused call throws {@link AccessDeniedException} before anything is read into
 * the result or written; a client the user may not see gets the same answer as one not stored.
 * The overloads that take a {@link SystemActor}, and the batch {@link #recalculateAll()}, act
 * for the host itself over the whole base and do not consult the policy.
 *
 * <p><b>What "today's status" means.</b> The status on a date D is one evaluation step on every
 * day after the client's last evaluated date up to D, as if a daily job had run; the service
 * computes it with {@link Evaluator#replay}, so it does not matter how often the batch runs. A
 * client without any history starts on its card's creation date with the status for a new
 * client.
 *
 * <p><b>Writes.</b> Only changes are written: a client whose status does not change gets no
 * write at all. A client that changes gets its new entries and the evaluated date in one
 * versioned {@link StatusHistoryStore#append append}, inside the unit of work; a stale version
 * (someone else wrote meanwhile) is read again and recomputed. Because an append is all or
 * nothing and a rerun starts after what is stored, a batch interrupted anywhere and run again
 * ends in the same state as an uninterrupted one, with no duplicate entries.
 *
 * <p><b>Listeners.</b> Transition listeners are told of each stored entry after its append
 * returned, from the worker threads of a batch. A listener that throws is contained: the
 * failure is collected (see {@link BatchResult#listenerFailures()}) and passed to the
 * failure handler, and the work goes on. A transition is announced at most once: if the batch
 * stops between the append and the announcement, the rerun does not announce it again.
 */
public final class StatusService {
  private static final String TASK = "status recalculation";
  private static final int WRITE_ATTEMPTS = 3;

  private final ClientStore clients;
  private final ClientAccess access;
  private final InterestStore interests;
  private final PaymentStore payments;
  private final ShipmentStore shipments;
  private final StatusHistoryStore history;
  private final UnitOfWork unitOfWork;
  private final Clock clock;
  private final StatusScheme scheme;
  private final Evaluator evaluator;
  private final List<StatusTransitionListener> listeners;
  private final ProgressListener progress;
  private final Consumer<ListenerFailure> onListenerFailure;
  private final HostFactSource hostFacts;
  private final int batchSize;
  private final int parallelism;
  private final int maxReportedFailures;

  private StatusService(Builder builder) {
    this.clients = builder.clients;
    this.access = ClientAccess.of(builder.accessPolicy, builder.clients);
    this.interests = builder.interests;
    this.payments = builder.payments;
    this.shipments = builder.shipments;
    this.history = builder.history;
    this.unitOfWork = builder.unitOfWork;
    this.clock = builder.clock;
    this.scheme = builder.scheme;
    this.evaluator = Evaluator.of(scheme);
    this.listeners = List.copyOf(builder.listeners);
    this.progress = builder.progress;
    this.onListenerFailure = builder.onListenerFailure;
    this.hostFacts = builder.hostFacts;
    this.batchSize = builder.batchSize;
    this.parallelism = builder.parallelism;
    this.maxReportedFailures = builder.maxReportedFailures;
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

  // ---------------------------------------------------------------------------------- one client

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
    Client card = access.requireClient(user, client, apply ? Permission.EDIT : Permission.VIEW).value();
    return recalculate(card, apply);
  }

  /**
   * Recalculates one client now for the host itself, without access checks: the steps since its
   * last evaluated date up to today, with the explanation of today's step; optionally writes
   * them to the history.
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
    return recalculate(card(Objects.requireNonNull(client, "client")), apply);
  }

  private ClientRecalculation recalculate(Client card, boolean apply) {
    ClientId client = card.id();
    LocalDate today = today();
    for (int attempt = 1; ; attempt++) {
      ClientStatusHistory recorded = history.history(client);
      ClientActivity activity = activities(List.of(card)).get(client);
      Optional<CurrentStatus> before = current(recorded);
      Optional<CurrentStatus> beforeToday;
      List<Outcome> transitions = new ArrayList<>();
      if (recorded.evaluatedThrough().isPresent() && !recorded.evaluatedThrough().get().isBefore(today)) {
        beforeToday = statusBefore(recorded, today);
      } else {
        ReplayResult untilYesterday = replay(card, activity, recorded, today.minusDays(1));
        transitions.addAll(untilYesterday.transitions());
        beforeToday = untilYesterday.status();
      }
      Explanation explanation = evaluator.explain(activity, beforeToday, today);
      if (explanation.outcome().changed() && !today.isBefore(start(card, recorded))) {
        transitions.add(explanation.outcome());
      }
      List<StatusAssignment> entries = assignments(transitions);
      Optional<StatusAssignment> lastChange = entries.isEmpty()
          ? recorded.current() : Optional.of(entries.get(entries.size() - 1));
      if (!apply || entries.isEmpty()) {
        return new ClientRecalculation(
            client, before, transitions, explanation, lastChange, false, List.of());
      }
      try {
        write(client, recorded.version(), entries, today);
      } catch (StaleWriteException stale) {
        if (attempt >= WRITE_ATTEMPTS) {
          throw stale;
        }
        continue;
      }
      List<ListenerFailure> failures = announce(entries, new FailureSink(maxReportedFailures));
      return new ClientRecalculation(
          client, before, transitions, explanation, lastChange, true, failures);
    }
  }

  /**
   * Sets a client's status by hand and records it, with the person and their comment. Days not
   * yet evaluated before today are stepped first, so the history stays as if the daily job had
   * run; the person's choice is today's step.
   *
   * @param client the client
   * @param status the status to set; any status of the scheme, manual or not
   * @param person who sets it
   * @param comment why, if the person said
   * @return the recorded entry
   * @throws AccessDeniedException if the person may not edit the client (for one they may not
   *     see, the same answer as for one not stored); nothing is written
   * @throws UnknownStatusException if the scheme has no such status
   * @throws InvalidValueException if the client already has the status
   */
  public StatusAssignment setStatus(
      ClientId client, StatusId status, UserId person, Optional<String> comment) {
    Objects.requireNonNull(client, "client");
    Objects.requireNonNull(person, "person");
    Objects.requireNonNull(comment, "comment");
    Objects.requireNonNull(status, "status");
    Client card = access.requireClient(person, client, Permission.EDIT).value();
    if (!scheme.contains(status)) {
      throw new UnknownStatusException(client, status);
    }
    Optional<String> text = comment.map(c -> Checks.requireText("comment", c));
    LocalDate today = today();
    for (int attempt = 1; ; attempt++) {
      ClientStatusHistory recorded = history.history(client);
      List<Outcome> catchUp = List.of();
      Optional<CurrentStatus> state = current(recorded);
      if (recorded.evaluatedThrough().map(d -> d.isBefore(today.minusDays(1))).orElse(true)) {
        ReplayResult replay = replay(card, activities(List.of(card)).get(client), recorded,
            today.minusDays(1));
        catchUp = replay.transitions();
        state = replay.status();
      }
      if (state.isPresent() && state.get().status().equals(status)) {
        throw new InvalidValueException(
            "Client " + client + " status", status, "is already the client's status");
      }
      StatusAssignment manual = StatusAssignment.builder()
          .client(client)
          .previous(state.map(CurrentStatus::status))
          .status(status)
          .since(today)
          .reason(StatusReason.byPerson(person, text))
          .explanation("set by " + person + text.map(t -> ": " + t).orElse(""))
          .build();
      List<StatusAssignment> entries = new ArrayList<>(assignments(catchUp));
      entries.add(manual);
      try {
        write(client, recorded.version(), entries, today);
      } catch (StaleWriteException stale) {
        if (attempt >= WRITE_ATTEMPTS) {
          throw stale;
        }
        continue;
      }
      announce(entries, new FailureSink(maxReportedFailures));
      return manual;
    }
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
    return statusOn(client, access.requireClient(user, client, Permission.VIEW).value(), date);
  }

  /**
   * Returns the status a client had (or, for a date after its last evaluated date, has by the
   * rules) at the end of a date, for the host itself, without access checks.
   *
   * @param system the host's system actor
   * @param client the client
   * @param date the date
   * @return the status, empty if the client had none
   * @throws InvalidValueException if the client store has no such client
   */
  public Optional<StatusId> statusOn(SystemActor system, ClientId client, LocalDate date) {
    Objects.requireNonNull(system, "system");
    Objects.requireNonNull(date, "date");
    return statusOn(Objects.requireNonNull(client, "client"), null, date);
  }

  /** The status on a date; the card is read only when the history does not answer alone. */
  private Optional<StatusId> statusOn(ClientId client, Client known, LocalDate date) {
    ClientStatusHistory recorded = history.history(client);
    if (recorded.evaluatedThrough().map(d -> !date.isAfter(d)).orElse(false)) {
      return recorded.statusOn(date);
    }
    Client card = known != null ? known : card(client);
    if (date.isBefore(start(card, recorded))) {
      return recorded.statusOn(date);
    }
    return replay(card, activities(List.of(card)).get(client), recorded, date)
        .status().map(CurrentStatus::status);
  }

  // ---------------------------------------------------------------------------------- the batch

  /**
   * Recalculates every client of the base up to today, for the host itself: the nightly run. It
   * does not consult the access policy.
   *
   * @return what the batch did
   * @throws StatusBatchException if a store failed to give a batch of clients or facts, or the
   *     thread was interrupted; run again to finish
   */
  public BatchResult recalculateAll() {
    return recalculateAll(Optional.empty());
  }

  /**
   * Recalculates the clients after a given one (in id order) up to today: the whole base, or
   * the rest of it after an interruption.
   *
   * <p>Clients are read in batches of the configured size, their facts and histories with one
   * read per store and batch; the clients of a batch are evaluated on the configured number of
   * threads, and progress is reported after each batch. Memory holds one batch at a time.
   * Errors of single clients (inconsistent facts, a status not in the scheme, a failing write)
   * are collected and the batch goes on.
   *
   * @param after the last client already done, or empty to start at the beginning
   * @return what the batch did
   * @throws StatusBatchException if a store failed to give a batch of clients or facts, or the
   *     thread was interrupted; run again to finish
   */
  public BatchResult recalculateAll(Optional<ClientId> after) {
    Objects.requireNonNull(after, "after");
    LocalDate today = today();
    Tally tally = new Tally(today, maxReportedFailures, after);
    long total = total();
    ExecutorService workers = parallelism > 1
        ? Executors.newFixedThreadPool(parallelism, new Workers()) : null;
    Running running = null;
    try {
      Optional<ClientId> last = after;
      while (true) {
        // read the next batch while the workers evaluate the one before: at most two in memory
        Batch batch;
        try {
          batch = read(last);
        } catch (RuntimeException failure) {
          finish(running, tally, total);
          throw new StatusBatchException("Status recalculation stopped: reading the batch after "
              + last.map(ClientId::value).orElse("the start") + " failed: " + failure.getMessage(),
              tally.result(), failure);
        }
        if (batch == null) {
          break;
        }
        finish(running, tally, total);
        running = start(batch, today, workers);
        last = Optional.of(batch.last());
        if (batch.cards.size() < batchSize) {
          break;
        }
      }
      finish(running, tally, total);
      return tally.result();
    } finally {
      if (workers != null) {
        workers.shutdownNow();
      }
    }
  }

  /** The number of clients for progress reports, or -1 if the store cannot tell. */
  private long total() {
    try {
      return clients.count();
    } catch (RuntimeException unknown) {
      return -1; // only progress reports need it: go on without a total
    }
  }

  /** One batch of clients with everything the rules read about them. */
  private record Batch(
      List<Client> cards,
      Map<ClientId, ClientActivity.Builder> facts,
      Map<ClientId, ClientStatusHistory> histories) {
    ClientId last() {
      return cards.get(cards.size() - 1).id();
    }
  }

  /** A batch being evaluated: its parts on the workers, or its result when run in place. */
  private record Running(Batch batch, List<Future<Tally>> parts, Tally done) {}

  private Batch read(Optional<ClientId> after) {
    List<Client> cards = new ArrayList<>();
    for (Versioned<Client> card : clients.page(after, batchSize)) {
      cards.add(card.value());
    }
    if (cards.isEmpty()) {
      return null;
    }
    return new Batch(cards, facts(cards), history.histories(ids(cards)));
  }

  private Running start(Batch batch, LocalDate today, ExecutorService workers) {
    List<Client> cards = batch.cards();
    if (workers == null || cards.size() < 2) {
      return new Running(batch, List.of(), runChunk(cards, batch.facts(), batch.histories(), today));
    }
    int chunk = (cards.size() + parallelism - 1) / parallelism;
    List<Future<Tally>> parts = new ArrayList<>();
    for (int from = 0; from < cards.size(); from += chunk) {
      List<Client> part = cards.subList(from, Math.min(cards.size(), from + chunk));
      parts.add(workers.submit(() -> runChunk(part, batch.facts(), batch.histories(), today)));
    }
    return new Running(batch, parts, null);
  }

  /** Waits for a running batch, adds it to the tally and reports progress. */
  private void finish(Running running, Tally tally, long total) {
    if (running == null) {
      return;
    }
    if (running.done() != null) {
      tally.add(running.done());
    }
    for (Future<Tally> part : running.parts()) {
      try {
        tally.add(part.get());
      } catch (InterruptedException interrupted) {
        Thread.currentThread().interrupt();
        running.parts().forEach(p -> p.cancel(true));
        throw new StatusBatchException("Status recalculation was interrupted", tally.result(),
            interrupted);
      } catch (ExecutionException failed) {
        // runChunk catches per client; anything else is a bug or an Error: let it out
        Throwable cause = failed.getCause();
        if (cause instanceof Error error) {
          throw error;
        }
        throw new StatusBatchException("Status recalculation failed: " + cause, tally.result(), cause);
      }
    }
    tally.lastClient = Optional.of(running.batch().last());
    report(tally, total);
  }

  private Tally runChunk(
      List<Client> part,
      Map<ClientId, ClientActivity.Builder> facts,
      Map<ClientId, ClientStatusHistory> histories,
      LocalDate today) {
    Tally tally = new Tally(today, maxReportedFailures, Optional.empty());
    for (Client card : part) {
      tally.clients++;
      try {
        ClientActivity activity = facts.get(card.id()).build();
        ClientStatusHistory recorded = histories.getOrDefault(card.id(), ClientStatusHistory.empty(card.id()));
        List<StatusAssignment> written = recalculateInBatch(card, activity, recorded, today);
        if (!written.isEmpty()) {
          tally.changedClients++;
          tally.transitions += written.size();
          announce(written, tally.listenerFailures);
        }
      } catch (RuntimeException failure) {
        tally.failed(new ClientFailure(card.id(), failure));
      }
    }
    return tally;
  }

  private List<StatusAssignment> recalculateInBatch(
      Client card, ClientActivity activity, ClientStatusHistory recorded, LocalDate today) {
    ClientStatusHistory current = recorded;
    for (int attempt = 1; ; attempt++) {
      List<StatusAssignment> entries = assignments(replay(card, activity, current, today).transitions());
      if (entries.isEmpty()) {
        return entries;
      }
      try {
        write(card.id(), current.version(), entries, today);
        return entries;
      } catch (StaleWriteException stale) {
        if (attempt >= WRITE_ATTEMPTS) {
          throw stale;
        }
        current = history.history(card.id());
      }
    }
  }

  private void report(Tally tally, long total) {
    long done = tally.clients;
    OptionalLong known = total >= done ? OptionalLong.of(total) : OptionalLong.empty();
    try {
      progress.onProgress(new Progress(TASK, done, tally.failedClients, known));
    } catch (RuntimeException ignored) {
      // a broken progress bar must not stop the batch (ProgressListener's contract)
    }
  }

  // ---------------------------------------------------------------------------------- dynamics

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
    Objects.requireNonNull(user, "user");
    return dynamics(end, periodDays, byManager, card -> card != null && access.can(user, card, Permission.VIEW));
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
    return dynamics(end, periodDays, byManager, null);
  }

  /**
   * Computes the status dynamics report over the whole base for the week ending today, in
   * total and per manager, for the host itself, without access checks.
   *
   * @param system the host's system actor
   * @return the report
   */
  public StatusDynamicsReport dynamics(SystemActor system) {
    return dynamics(system, today(), StatusDynamicsReport.DEFAULT_PERIOD_DAYS, true);
  }

  /** The report over the clients that pass {@code visible} (a null card: not stored), or all. */
  private StatusDynamicsReport dynamics(LocalDate end, int periodDays, boolean byManager,
      Predicate<Client> visible) {
    StatusDynamicsReport.Accumulator report =
        new StatusDynamicsReport.Accumulator(end, periodDays, byManager);
    Optional<ClientId> last = Optional.empty();
    while (true) {
      List<ClientStatusHistory> page = history.page(last, batchSize);
      if (page.isEmpty()) {
        break;
      }
      Map<ClientId, Versioned<Client>> cards = Map.of();
      if (byManager || visible != null) {
        List<ClientId> ids = new ArrayList<>();
        page.forEach(h -> ids.add(h.client()));
        cards = clients.findAll(ids);
      }
      for (ClientStatusHistory one : page) {
        Versioned<Client> card = cards.get(one.client());
        if (visible != null && !visible.test(card == null ? null : card.value())) {
          continue;
        }
        report.addClient(one.entries(),
            card == null ? Optional.empty() : card.value().responsible());
      }
      last = Optional.of(page.get(page.size() - 1).client());
      if (page.size() < batchSize) {
        break;
      }
    }
    return report.build();
  }

  // ---------------------------------------------------------------------------------- shared

  private Client card(ClientId client) {
    return clients.find(client)
        .orElseThrow(() -> new InvalidValueException("Client", client, "is not in the client store"))
        .value();
  }

  private static Optional<CurrentStatus> current(ClientStatusHistory recorded) {
    return recorded.current().map(e -> CurrentStatus.of(e.status(), e.since()));
  }

  private static Optional<CurrentStatus> statusBefore(ClientStatusHistory recorded, LocalDate day) {
    CurrentStatus result = null;
    for (StatusAssignment entry : recorded.entries()) {
      if (!entry.since().isBefore(day)) {
        break;
      }
      result = CurrentStatus.of(entry.status(), entry.since());
    }
    return Optional.ofNullable(result);
  }

  /** The first day not yet stepped for a client. */
  private static LocalDate start(Client card, ClientStatusHistory recorded) {
    Optional<CurrentStatus> current = current(recorded);
    LocalDate from = recorded.evaluatedThrough().map(d -> d.plusDays(1))
        .orElseGet(() -> current.map(CurrentStatus::since).orElse(card.createdOn()));
    if (current.isPresent() && from.isBefore(current.get().since())) {
      from = current.get().since(); // a status set after the evaluated date: that day is stepped
    }
    return from;
  }

  private ReplayResult replay(
      Client card, ClientActivity activity, ClientStatusHistory recorded, LocalDate through) {
    return evaluator.replay(activity, current(recorded), start(card, recorded), through);
  }

  private static List<StatusAssignment> assignments(List<Outcome> transitions) {
    List<StatusAssignment> entries = new ArrayList<>(transitions.size());
    for (Outcome outcome : transitions) {
      entries.add(outcome.toAssignment().orElseThrow());
    }
    return entries;
  }

  private void write(ClientId client, long version, List<StatusAssignment> entries, LocalDate today) {
    unitOfWork.execute(() -> history.append(client, version, entries, Optional.of(today)));
  }

  private List<ListenerFailure> announce(List<StatusAssignment> entries, FailureSink sink) {
    for (StatusAssignment entry : entries) {
      for (StatusTransitionListener listener : listeners) {
        try {
          listener.onTransition(entry);
        } catch (RuntimeException error) {
          ListenerFailure failure = new ListenerFailure(entry, listener, error);
          sink.add(failure);
          try {
            onListenerFailure.accept(failure);
          } catch (RuntimeException ignored) {
            // the failure handler itself failed: the failure is still in the result
          }
        }
      }
    }
    return sink.kept;
  }

  private static List<ClientId> ids(List<Client> page) {
    List<ClientId> ids = new ArrayList<>(page.size());
    page.forEach(c -> ids.add(c.id()));
    return ids;
  }

  private Map<ClientId, ClientActivity> activities(List<Client> cards) {
    Map<ClientId, ClientActivity> result = new HashMap<>();
    facts(cards).forEach((id, builder) -> result.put(id, builder.build()));
    return result;
  }

  /** Reads the facts of a batch of clients, one call per store. */
  private Map<ClientId, ClientActivity.Builder> facts(List<Client> cards) {
    List<ClientId> ids = ids(cards);
    Map<ClientId, ClientActivity.Builder> builders = new HashMap<>();
    for (ClientId id : ids) {
      builders.put(id, ClientActivity.builder(id));
    }
    Function<ClientId, ClientActivity.Builder> of = new Function<>() {
      // stores give the facts grouped by client: look the builder up once per client
      private ClientId last;
      private ClientActivity.Builder builder;

      @Override
      public ClientActivity.Builder apply(ClientId id) {
        if (!id.equals(last)) {
          builder = builders.get(id);
          if (builder == null) {
            throw new IllegalStateException("a store returned a fact of client " + id
                + ", which was not asked for");
          }
          last = id;
        }
        return builder;
      }
    };
    for (Interest interest : interests.findByClients(ids)) {
      of.apply(interest.client().orElseThrow()).interest(interest);
    }
    for (Payment payment : payments.findByClients(ids)) {
      of.apply(payment.client()).payment(payment);
    }
    for (Shipment shipment : shipments.findByClients(ids)) {
      of.apply(shipment.client()).shipment(shipment);
    }
    hostFacts.hostFacts(ids).forEach((id, list) -> of.apply(id).hostFacts(list));
    return builders;
  }

  /** Keeps the first failures and counts all. */
  private static final class FailureSink {
    private final int limit;
    private final List<ListenerFailure> kept = new ArrayList<>();
    private long count;

    FailureSink(int limit) {
      this.limit = limit;
    }

    void add(ListenerFailure failure) {
      count++;
      if (kept.size() < limit) {
        kept.add(failure);
      }
    }
  }

  /** Counts of a batch or of one chunk of it. */
  private static final class Tally {
    private final LocalDate date;
    private final int limit;
    private long clients;
    private long changedClients;
    private long transitions;
    private long failedClients;
    private final List<ClientFailure> failures = new ArrayList<>();
    private final FailureSink listenerFailures;
    private Optional<ClientId> lastClient;

    Tally(LocalDate date, int limit, Optional<ClientId> lastClient) {
      this.date = date;
      this.limit = limit;
      this.listenerFailures = new FailureSink(limit);
      this.lastClient = lastClient;
    }

    void failed(ClientFailure failure) {
      failedClients++;
      if (failures.size() < limit) {
        failures.add(failure);
      }
    }

    void add(Tally part) {
      clients += part.clients;
      changedClients += part.changedClients;
      transitions += part.transitions;
      failedClients += part.failedClients;
      for (ClientFailure failure : part.failures) {
        if (failures.size() < limit) {
          failures.add(failure);
        }
      }
      listenerFailures.count += part.listenerFailures.count;
      for (ListenerFailure failure : part.listenerFailures.kept) {
        if (listenerFailures.kept.size() < limit) {
          listenerFailures.kept.add(failure);
        }
      }
    }

    BatchResult result() {
      return new BatchResult(date, clients, changedClients, transitions, failedClients, failures,
          listenerFailures.count, listenerFailures.kept, lastClient);
    }
  }

  /** Daemon worker threads, named for thread dumps. */
  private static final class Workers implements ThreadFactory {
    private final AtomicInteger count = new AtomicInteger();

    @Override
    public Thread newThread(Runnable work) {
      Thread thread = new Thread(work, "clientbase-status-" + count.incrementAndGet());
      thread.setDaemon(true);
      return thread;
    }
  }

  /**
   * Builds a {@link StatusService}. Every setting may be given once; a bad or repeated setting
   * fails at once with a message naming it. Required: the five stores, the clock and the
   * access policy.
   */
  public static final class Builder {
    private ClientStore clients;
    private AccessPolicy accessPolicy;
    private InterestStore interests;
    private PaymentStore payments;
    private ShipmentStore shipments;
    private StatusHistoryStore history;
    private UnitOfWork unitOfWork;
    private Clock clock;
    private StatusScheme scheme;
    private final List<StatusTransitionListener> listeners = new ArrayList<>();
    private ProgressListener progress;
    private Consumer<ListenerFailure> onListenerFailure;
    private HostFactSource hostFacts;
    private int batchSize;
    private int parallelism;
    private int maxReportedFailures = -1;

    private Builder() {}

    private static <T> T once(String setting, T current, T value) {
      Objects.requireNonNull(value, setting);
      if (current != null) {
        throw new IllegalStateException("StatusService.Builder: " + setting + " was already set to "
            + current);
      }
      return value;
    }

    /**
     * Sets the client store, walked in id order by the batch.
     *
     * @param store the store
     * @return this builder
     */
    public Builder clients(ClientStore store) {
      clients = once("clients", clients, store);
      return this;
    }

    /**
     * Sets the host's access policy, asked by the operations made on behalf of a user; {@link
     * AccessPolicy#allowAll()} for a host without restrictions.
     *
     * @param policy the policy
     * @return this builder
     */
    public Builder accessPolicy(AccessPolicy policy) {
      accessPolicy = once("accessPolicy", accessPolicy, policy);
      return this;
    }

    /**
     * Sets the interest store.
     *
     * @param store the store
     * @return this builder
     */
    public Builder interests(InterestStore store) {
      interests = once("interests", interests, store);
      return this;
    }

    /**
     * Sets the payment store.
     *
     * @param store the store
     * @return this builder
     */
    public Builder payments(PaymentStore store) {
      payments = once("payments", payments, store);
      return this;
    }

    /**
     * Sets the shipment store.
     *
     * @param store the store
     * @return this builder
     */
    public Builder shipments(ShipmentStore store) {
      shipments = once("shipments", shipments, store);
      return this;
    }

    /**
     * Sets the status history store.
     *
     * @param store the store
     * @return this builder
     */
    public Builder history(StatusHistoryStore store) {
      history = once("history", history, store);
      return this;
    }

    /**
     * Sets the unit of work each client's writes run in; by default {@link UnitOfWork#direct()}.
     *
     * @param work the unit of work
     * @return this builder
     */
    public Builder unitOfWork(UnitOfWork work) {
      unitOfWork = once("unitOfWork", unitOfWork, work);
      return this;
    }

    /**
     * Sets the clock whose date, in its zone, is "today".
     *
     * @param value the clock
     * @return this builder
     */
    public Builder clock(Clock value) {
      clock = once("clock", clock, value);
      return this;
    }

    /**
     * Sets the status scheme; by default {@link StatusScheme#defaults()}.
     *
     * @param value the scheme
     * @return this builder
     */
    public Builder scheme(StatusScheme value) {
      scheme = once("scheme", scheme, value);
      return this;
    }

    /**
     * Adds a transition listener; may be called for several listeners.
     *
     * @param listener the listener
     * @return this builder
     */
    public Builder listener(StatusTransitionListener listener) {
      listeners.add(Objects.requireNonNull(listener, "listener"));
      return this;
    }

    /**
     * Sets the progress listener of batches; by default none.
     *
     * @param listener the listener
     * @return this builder
     */
    public Builder progressListener(ProgressListener listener) {
      progress = once("progressListener", progress, listener);
      return this;
    }

    /**
     * Sets what is done with a transition listener's failure besides collecting it, e.g.
     * logging it; by default nothing.
     *
     * @param handler the handler
     * @return this builder
     */
    public Builder onListenerFailure(Consumer<ListenerFailure> handler) {
      onListenerFailure = once("onListenerFailure", onListenerFailure, handler);
      return this;
    }

    /**
     * Sets where the host's own facts are read for host rules; by default none.
     *
     * @param source the source
     * @return this builder
     */
    public Builder hostFacts(HostFactSource source) {
      hostFacts = once("hostFacts", hostFacts, source);
      return this;
    }

    /**
     * Sets how many clients a batch reads at once; by default 1000.
     *
     * @param size at least 1
     * @return this builder
     */
    public Builder batchSize(int size) {
      Checks.check(size >= 1, "StatusService.batchSize", size, "must be at least 1");
      if (batchSize != 0) {
        throw new IllegalStateException("StatusService.Builder: batchSize was already set to " + batchSize);
      }
      batchSize = size;
      return this;
    }

    /**
     * Sets how many threads evaluate a batch; by default the number of available processors.
     *
     * @param threads at least 1
     * @return this builder
     */
    public Builder parallelism(int threads) {
      Checks.check(threads >= 1, "StatusService.parallelism", threads, "must be at least 1");
      if (parallelism != 0) {
        throw new IllegalStateException("StatusService.Builder: parallelism was already set to " + parallelism);
      }
      parallelism = threads;
      return this;
    }

    /**
     * Sets how many client and listener failures a result keeps in full (all are counted); by
     * default 100.
     *
     * @param limit at least 0
     * @return this builder
     */
    public Builder maxReportedFailures(int limit) {
      Checks.check(limit >= 0, "StatusService.maxReportedFailures", limit, "must not be negative");
      if (maxReportedFailures != -1) {
        throw new IllegalStateException("StatusService.Builder: maxReportedFailures was already set to "
            + maxReportedFailures);
      }
      maxReportedFailures = limit;
      return this;
    }

    /**
     * Builds the service.
     *
     * @return the service
     * @throws IllegalStateException if a required setting is missing
     */
    public StatusService build() {
      List<String> missing = new ArrayList<>();
      require(missing, "clients", clients);
      require(missing, "interests", interests);
      require(missing, "payments", payments);
      require(missing, "shipments", shipments);
      require(missing, "history", history);
      require(missing, "clock", clock);
      require(missing, "accessPolicy", accessPolicy);
      if (!missing.isEmpty()) {
        throw new IllegalStateException("StatusService.Builder: missing " + String.join(", ", missing));
      }
      unitOfWork = unitOfWork != null ? unitOfWork : UnitOfWork.direct();
      scheme = scheme != null ? scheme : StatusScheme.defaults();
      progress = progress != null ? progress : ProgressListener.none();
      onListenerFailure = onListenerFailure != null ? onListenerFailure : failure -> { };
      hostFacts = hostFacts != null ? hostFacts : HostFactSource.none();
      batchSize = batchSize != 0 ? batchSize : 1000;
      parallelism = parallelism != 0 ? parallelism : Runtime.getRuntime().availableProcessors();
      maxReportedFailures = maxReportedFailures >= 0 ? maxReportedFailures : 100;
      return new StatusService(this);
    }

    private static void require(List<String> missing, String setting, Object value) {
      if (value == null) {
        missing.add(setting);
      }
    }
  }
}
