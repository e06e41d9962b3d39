package org.clientbase.rules.status;

import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.clientbase.core.id.ClientId;
import org.clientbase.core.status.StatusAssignment;
import org.clientbase.rules.internal.Pages;
import org.clientbase.spi.Progress;
import org.clientbase.spi.ProgressListener;
import org.clientbase.spi.StaleWriteException;
import org.clientbase.spi.store.ClientStart;
import org.clientbase.spi.store.ClientStatusHistory;
import org.clientbase.spi.store.StatusAppend;
import org.clientbase.spi.store.StatusDueDay;
import org.clientbase.spi.store.StatusHistoryEnd;

/**
 * Runs {@link StatusService#recalculateAll()}: walks the client store page by page (each
 * client's id and creation day, {@link org.clientbase.spi.store.ClientPages#starts}) and splits
 * each page into one part per worker. Each part reads the ends of its clients' histories
 * ({@link org.clientbase.spi.store.StatusHistories#historyEnds}) and then their facts
 * ({@link org.clientbase.spi.store.ClientFacts#findByClientPage}, one call per store), evaluates
 * them, and writes its changes with one {@link
 * org.clientbase.spi.store.StatusHistoryStore#appendAll} in one unit of work. The next page is
 * read while the workers work on the one before, and its parts are given to the workers at once:
 * a worker done with its part of one page takes up a part of the next rather than waiting for
 * the slowest part. At most two pages are in memory; a page counts as done (progress, the last
 * client) once it and every page before it are done. The nightly run
 * walks the due clients' ids ({@link org.clientbase.spi.store.StatusHistoryStore#dueClients})
 * the same way; its parts read their clients' history ends, creation days ({@link
 * org.clientbase.spi.store.ClientPages#starts(java.util.Collection)}) and facts ({@link
 * org.clientbase.spi.store.ClientFacts#findByClients}).
 */
final class StatusBatchRunner {
  private static final String TASK = "status recalculation";
  private static final int WRITE_ATTEMPTS = 3;

  private final StatusSteps steps;
  private final ProgressListener progress;
  private final int batchSize;
  private final int parallelism;
  private final Executor executor;

  StatusBatchRunner(StatusSteps steps, ProgressListener progress, int batchSize, int parallelism,
      Executor executor) {
    this.steps = steps;
    this.progress = progress;
    this.batchSize = batchSize;
    this.parallelism = parallelism;
    this.executor = executor;
  }

  BatchResult run(Optional<ClientId> after, LocalDate today) {
    return walk(after, today, false);
  }

  /** The nightly run: only the clients due by today, or every client if the store keeps no due days. */
  BatchResult runDue(Optional<ClientId> after, LocalDate today) {
    return walk(after, today, steps.history.keepsDueDays());
  }

  /**
   * Records that the facts of some clients changed: one store call, atomic by itself, which
   * joins the host's unit of work when called inside it (the one that stored the facts).
   */
  void factsChanged(Collection<ClientId> clients) {
    List<ClientId> changed = new ArrayList<>(Objects.requireNonNull(clients, "clients"));
    for (ClientId client : changed) {
      Objects.requireNonNull(client, "clients holds null");
    }
    if (!changed.isEmpty()) {
      steps.history.factsChanged(changed);
    }
  }

  private BatchResult walk(Optional<ClientId> after, LocalDate today, boolean dueOnly) {
    Tally tally = new Tally(today, steps.maxReportedFailures, after);
    boolean keepDueDays = steps.history.keepsDueDays();
    long total = dueOnly ? -1 : total();
    ExecutorService own = executor == null && parallelism > 1
        ? Executors.newFixedThreadPool(parallelism, new Workers()) : null;
    Executor workers = executor != null ? executor : own;
    // at most two batches given to the workers: those done with their part of the older one take
    // up the newer one's parts instead of waiting for the slowest part
    Deque<Running> running = new ArrayDeque<>();
    try {
      Optional<ClientId> last = after;
      while (true) {
        if (running.size() == 2) {
          finishOldest(running, tally, total); // before reading: two pages in memory at most
        }
        Batch batch;
        try {
          batch = dueOnly ? readDue(last, today) : read(last);
        } catch (RuntimeException failure) {
          finishAll(running, tally, total);
          throw new StatusBatchException("Status recalculation stopped: reading the batch after "
              + last.map(ClientId::value).orElse("the start") + " failed: " + failure.getMessage(),
              tally.result(), failure);
        }
        if (batch == null) {
          break;
        }
        try {
          running.add(start(batch, today, workers, keepDueDays, dueOnly));
        } catch (PartReadException failure) {
          // read in place, so nothing runs on workers: the batches before it end first
          finishAll(running, tally, total);
          throw readStopped(tally, failure.getCause());
        }
        last = Optional.of(batch.last());
        if (batch.read() < batchSize) {
          break;
        }
      }
      finishAll(running, tally, total);
      return tally.result();
    } finally {
      if (own != null) {
        own.shutdownNow();
      }
    }
  }

  /** The number of clients for progress reports, or -1 if the store cannot tell. */
  private long total() {
    try {
      return steps.clients.count();
    } catch (RuntimeException unknown) {
      return -1; // only progress reports need it: go on without a total
    }
  }

  /**
   * One batch of clients: {@code read} clients were read from the source, the last of them
   * {@code last}. A page of the whole base comes as the clients' ids and creation days
   * ({@code due} is null); a page of due clients as their ids alone ({@code cards} is null),
   * since a due client may have no card. Each part of a batch reads its own histories, facts
   * (and a nightly run's creation days), so that the workers read at once.
   */
  private record Batch(List<ClientStart> cards, List<ClientId> due, int read, ClientId last) {}

  /** A batch being evaluated: its parts on the workers, or its result when run in place. */
  private record Running(Batch batch, List<Future<Tally>> parts, Tally done) {}

  /** A client whose status changes, with what its append expects. */
  private record Change(
      ClientStart card, ClientActivity activity, StatusHistoryEnd recorded, List<StatusAssignment> entries) {}

  private Batch read(Optional<ClientId> after) {
    List<ClientStart> cards = steps.clients.starts(Pages.after(after, batchSize));
    if (cards.isEmpty()) {
      return null;
    }
    return new Batch(cards, null, cards.size(), cards.get(cards.size() - 1).client());
  }

  private Batch readDue(Optional<ClientId> after, LocalDate today) {
    List<ClientId> due = after.isPresent()
        ? steps.history.dueClients(today, after.get(), batchSize)
        : steps.history.dueClients(today, batchSize);
    if (due.isEmpty()) {
      return null;
    }
    return new Batch(null, due, due.size(), due.get(due.size() - 1));
  }

  private Running start(Batch batch, LocalDate today, Executor workers, boolean keepDueDays, boolean dueOnly) {
    List<ClientStart> cards = batch.cards();
    List<ClientId> ids = cards != null ? ids(cards) : batch.due();
    Work work = new Work(today, keepDueDays, dueOnly);
    if (workers == null || ids.size() < 2 || parallelism < 2) {
      return new Running(batch, List.of(), runChunk(cards, ids, work));
    }
    int chunk = (ids.size() + parallelism - 1) / parallelism;
    List<Future<Tally>> parts = new ArrayList<>();
    for (int from = 0; from < ids.size(); from += chunk) {
      int to = Math.min(ids.size(), from + chunk);
      List<ClientStart> partCards = cards == null ? null : cards.subList(from, to);
      List<ClientId> partIds = ids.subList(from, to);
      parts.add(submit(() -> runChunk(partCards, partIds, work), workers));
    }
    return new Running(batch, parts, null);
  }

  /** Gives a part to the workers; a part the host's executor refuses runs on the calling thread. */
  private static Future<Tally> submit(Supplier<Tally> part, Executor workers) {
    try {
      return CompletableFuture.supplyAsync(part, workers);
    } catch (RejectedExecutionException refused) {
      return CompletableFuture.supplyAsync(part, Runnable::run); // its failure kept as a worker's
    }
  }

  /** Waits for the running batches in turn. */
  private void finishAll(Deque<Running> running, Tally tally, long total) {
    while (!running.isEmpty()) {
      finishOldest(running, tally, total);
    }
  }

  /**
   * Waits for the oldest running batch, adds it to the tally and reports progress. If reading
   * one of its parts failed, the batch after it is waited for and counted too, but not taken as
   * done: the run stops, and resumes after the last batch done.
   */
  private void finishOldest(Deque<Running> running, Tally tally, long total) {
    Running oldest = running.poll();
    Throwable readFailure;
    try {
      readFailure = collect(oldest, tally);
    } catch (RuntimeException | Error stopped) {
      running.forEach(later -> later.parts().forEach(part -> part.cancel(true)));
      running.clear();
      throw stopped;
    }
    if (readFailure != null) {
      while (!running.isEmpty()) {
        collect(running.poll(), tally); // its own read failure changes nothing: it is not done either
      }
      throw readStopped(tally, readFailure);
    }
    tally.lastClient = Optional.of(oldest.batch().last());
    report(tally, total);
  }

  /**
   * Waits for every part of a running batch and adds the parts that ran to the tally; returns
   * the first failure to read a part, or {@code null}.
   */
  private static Throwable collect(Running running, Tally tally) {
    if (running.done() != null) {
      tally.add(running.done());
    }
    Throwable readFailure = null;
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
        if (cause instanceof PartReadException read) {
          readFailure = readFailure == null ? read.getCause() : readFailure;
          continue; // the other parts finish first: nothing of this batch is still running
        }
        running.parts().forEach(p -> p.cancel(true)); // a bug stops the run: parts not started stay so
        if (cause instanceof Error error) {
          throw error;
        }
        throw new StatusBatchException("Status recalculation failed: " + cause, tally.result(), cause);
      }
    }
    return readFailure;
  }

  /** The batch stopped because reading a part failed; it resumes after the last batch done. */
  private static StatusBatchException readStopped(Tally tally, Throwable failure) {
    return new StatusBatchException("Status recalculation stopped: reading the batch after "
        + tally.lastClient.map(ClientId::value).orElse("the start") + " failed: " + failure.getMessage(),
        tally.result(), failure);
  }

  /** Reading a part's histories or facts failed: the batch stops there and can be resumed. */
  private static final class PartReadException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    PartReadException(RuntimeException cause) {
      super(cause);
    }
  }

  /**
   * What a part of a batch is evaluated with: whether due days are written (for the clients
   * written, and in a nightly run for every client read) and the date.
   */
  private record Work(LocalDate today, boolean keepDueDays, boolean dueOnly) {}

  /**
   * Reads a part of a batch, evaluates it and writes its changes (and due days) with one append
   * call in one unit of work; a client whose append was stale, or all of them if that call
   * failed, is then done alone from a fresh read and left due. The part is given as its cards,
   * or in a nightly run as its ids alone ({@code cards} null), whose creation days are read
   * here.
   */
  private Tally runChunk(List<ClientStart> cards, List<ClientId> ids, Work work) {
    LocalDate today = work.today();
    Tally tally = new Tally(today, steps.maxReportedFailures, Optional.empty());
    List<Change> changes = new ArrayList<>();
    List<StatusDueDay> unchanged = new ArrayList<>();
    Map<ClientId, LocalDate> dueOn = new HashMap<>();
    List<ClientStart> part;
    Map<ClientId, StatusHistoryEnd> histories;
    Map<ClientId, ClientActivity.Builder> facts;
    try {
      // histories before facts: a fact change recorded after this read makes the write stale
      histories = steps.history.historyEnds(ids);
      part = cards != null ? cards : steps.clients.starts(ids); // a due client without a card is left out
      facts = steps.facts(cards != null ? ids : ids(part), cards != null);
    } catch (RuntimeException failure) {
      throw new PartReadException(failure);
    }
    StringBuilder scratch = new StringBuilder(512); // the explanations of the part's changes
    for (ClientStart card : part) {
      tally.clients++;
      try {
        ClientActivity activity = facts.get(card.client()).build();
        StatusHistoryEnd recorded = histories.get(card.client());
        if (recorded == null) {
          recorded = StatusHistoryEnd.empty(card.client());
        }
        ReplayResult replay = steps.replay(card, activity, recorded, today);
        List<StatusAssignment> entries = StatusSteps.assignments(replay.transitions(), scratch);
        if (!entries.isEmpty()) {
          changes.add(new Change(card, activity, recorded, entries));
          dueOn.put(card.client(), replay.nextDue());
        } else if (work.dueOnly() && recorded.version() > 0) {
          unchanged.add(new StatusDueDay(card.client(), recorded.version(), replay.nextDue()));
        }
      } catch (RuntimeException failure) {
        tally.failed(new ClientFailure(card.client(), failure));
      }
    }
    if (changes.isEmpty() && unchanged.isEmpty()) {
      return tally;
    }
    // a store that sets due days with appends is given them there: one write per client
    boolean dueWithAppends = work.keepDueDays() && steps.history.appendSetsDueDay();
    List<StatusAppend> appends = new ArrayList<>(changes.size());
    Map<ClientId, StatusHistoryEnd> before = new HashMap<>();
    for (Change change : changes) {
      ClientId client = change.card().client();
      StatusAppend append = StatusAppend.of(client, change.recorded().version(), change.entries(), today);
      appends.add(dueWithAppends ? append.withDueOn(dueOn.get(client)) : append);
      before.put(client, change.recorded());
    }
    Set<ClientId> written;
    try {
      written = steps.unitOfWork.execute(() -> {
        Set<ClientId> appended = appends.isEmpty() ? Set.of() : steps.history.appendAll(appends, before);
        if (work.keepDueDays()) {
          List<StatusDueDay> due = new ArrayList<>(unchanged);
          if (!dueWithAppends) {
            for (ClientId client : appended) {
              due.add(new StatusDueDay(client, before.get(client).version() + 1, dueOn.get(client)));
            }
          }
          if (!due.isEmpty()) {
            steps.history.setDueDays(due);
          }
        }
        return appended;
      });
    } catch (RuntimeException failure) {
      written = Set.of(); // each client alone, so that one bad client does not stop the others
      for (StatusDueDay due : unchanged) {
        tally.failed(new ClientFailure(due.client(), failure)); // still due: the next run reads it
      }
    }
    for (Change change : changes) {
      ClientId client = change.card().client();
      try {
        List<StatusAssignment> entries = written.contains(client)
            ? change.entries()
            : alone(change.card(), change.activity(), steps.history.history(client), today);
        if (!entries.isEmpty()) {
          tally.changedClients++;
          tally.transitions += entries.size();
          steps.announce(entries, tally.listenerFailures);
        }
      } catch (RuntimeException failure) {
        tally.failed(new ClientFailure(client, failure));
      }
    }
    return tally;
  }

  /** One client from its stored history, read again after a stale write. */
  private List<StatusAssignment> alone(
      ClientStart card, ClientActivity activity, ClientStatusHistory recorded, LocalDate today) {
    StatusHistoryEnd current = StatusHistoryEnd.of(recorded);
    for (int attempt = 1; ; attempt++) {
      List<StatusAssignment> entries =
          StatusSteps.assignments(steps.replay(card, activity, current, today).transitions());
      if (entries.isEmpty()) {
        return entries;
      }
      try {
        steps.write(card.client(), current.version(), entries, today);
        return entries;
      } catch (StaleWriteException stale) {
        if (attempt >= WRITE_ATTEMPTS) {
          throw stale;
        }
        current = StatusHistoryEnd.of(steps.history.history(card.client()));
      }
    }
  }

  private static List<ClientId> ids(List<ClientStart> cards) {
    List<ClientId> ids = new ArrayList<>(cards.size());
    cards.forEach(card -> ids.add(card.client()));
    return ids;
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

  /** Counts of a batch or of one chunk of it. */
  private static final class Tally {
    private final LocalDate date;
    private final int limit;
    private long clients;
    private long changedClients;
    private long transitions;
    private long failedClients;
    private final List<ClientFailure> failures = new ArrayList<>();
    private final StatusSteps.FailureSink listenerFailures;
    private Optional<ClientId> lastClient;

    Tally(LocalDate date, int limit, Optional<ClientId> lastClient) {
      this.date = date;
      this.limit = limit;
      this.listenerFailures = new StatusSteps.FailureSink(limit);
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
}
