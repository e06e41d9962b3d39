package org.clientbase.rules.status;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.clientbase.rules.status.StatusScheme.ACTIVE;
import static org.clientbase.rules.status.StatusScheme.FOREIGN;
import static org.clientbase.rules.status.StatusScheme.IN_PROGRESS;
import static org.clientbase.rules.status.StatusScheme.LOST;
import static org.clientbase.rules.status.StatusScheme.NEW;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.clientbase.core.MissingValuesException;
import org.clientbase.core.InvalidValueException;
import org.clientbase.core.id.ClientId;
import org.clientbase.core.id.StatusId;
import org.clientbase.core.id.UserId;
import org.clientbase.core.status.StatusAssignment;
import org.clientbase.core.status.StatusReason;
import org.clientbase.core.status.TemplateKey;
import org.clientbase.spi.Progress;
import org.clientbase.spi.store.ClientStatusHistory;
import org.clientbase.memory.FailurePlan;
import org.clientbase.memory.RecordingProgressListener;
import org.clientbase.memory.RecordingStatusTransitionListener;
import org.clientbase.spi.store.PageRequest;
import org.junit.jupiter.api.Test;

class StatusServiceTest {
  static final LocalDate JAN_1 = LocalDate.of(2026, 1, 1);
  static final LocalDate TODAY = LocalDate.of(2026, 3, 20);
  static final UserId ANNA = UserId.of("anna");
  static final ClientId C1 = ClientId.of("c-1");
  static final ClientId C2 = ClientId.of("c-2");
  static final ClientId C3 = ClientId.of("c-3");

  final InMemoryBase base = new InMemoryBase();

  /** c-1 buys in January and stops; c-2 only talks; c-3 is a new card without facts. */
  InMemoryBase threeClients() {
    return base
        .add(InMemoryBase.client("c-1", JAN_1, ANNA), Facts.of(C1)
            .won("i-1", JAN_1.plusDays(5), JAN_1.plusDays(20))
            .payment("p-1", JAN_1.plusDays(25)))
        .add(InMemoryBase.client("c-2", JAN_1), Facts.of(C2).open("i-2", JAN_1.plusDays(40)))
        .add(InMemoryBase.client("c-3", TODAY.minusDays(2)), Facts.of(ClientId.of("c-3")));
  }

  static List<String> statuses(ClientStatusHistory history) {
    return history.entries().stream().map(e -> e.since() + " " + e.status()).toList();
  }

  @Test
  void batchWalksEveryClientFromItsCreationToToday() {
    threeClients();
    StatusService service = base.service(TODAY).build();

    BatchResult result = service.recalculateAll();

    assertThat(result.clients()).isEqualTo(3);
    assertThat(result.changedClients()).isEqualTo(3);
    assertThat(result.failedClients()).isZero();
    assertThat(result.lastClient()).contains(C3);
    assertThat(statuses(base.history.history(C1))).containsExactly(
        "2026-01-01 new", "2026-01-06 in-progress", "2026-01-21 active", "2026-02-25 lost");
    assertThat(statuses(base.history.history(C2)))
        .containsExactly("2026-01-01 new", "2026-02-10 in-progress");
    assertThat(statuses(base.history.history(C3))).containsExactly("2026-03-18 new");
    assertThat(base.history.history(C1).evaluatedThrough()).contains(TODAY);
    assertThat(base.history.history(C1).entries().get(2).reason())
        .isEqualTo(StatusReason.byRule(TemplateKey.ACTIVE));
    assertThat(result.transitions()).isEqualTo(7);
  }

  @Test
  void runningTheBatchAgainWritesNothing() {
    threeClients();
    StatusService service = base.service(TODAY).build();
    service.recalculateAll();
    List<ClientStatusHistory> first = base.histories();

    BatchResult again = service.recalculateAll();

    assertThat(again.transitions()).isZero();
    assertThat(base.histories()).isEqualTo(first);
  }

  @Test
  void resultDoesNotDependOnHowOftenTheBatchRan() {
    threeClients();
    InMemoryBase daily = new InMemoryBase();
    daily.add(InMemoryBase.client("c-1", JAN_1, ANNA), Facts.of(C1)
            .won("i-1", JAN_1.plusDays(5), JAN_1.plusDays(20))
            .payment("p-1", JAN_1.plusDays(25)))
        .add(InMemoryBase.client("c-2", JAN_1), Facts.of(C2).open("i-2", JAN_1.plusDays(40)))
        .add(InMemoryBase.client("c-3", TODAY.minusDays(2)), Facts.of(ClientId.of("c-3")));

    base.service(TODAY).build().recalculateAll();
    for (LocalDate day = JAN_1; !day.isAfter(TODAY); day = day.plusDays(1)) {
      daily.service(day).parallelism(1).build().recalculateAll();
    }

    for (ClientId client : List.of(C1, C2, C3)) {
      assertThat(daily.history.history(client).entries())
          .isEqualTo(base.history.history(client).entries());
    }
  }

  @Test
  void unchangedClientsAreNotWritten() {
    threeClients();
    base.service(TODAY).build().recalculateAll();
    long version = base.history.history(C2).version();

    BatchResult tomorrow = base.service(TODAY.plusDays(1)).build().recalculateAll();

    assertThat(tomorrow.changedClients()).isZero();
    assertThat(base.history.history(C2).version()).isEqualTo(version);
  }

  @Test
  void throwingListenerIsContainedAndTheOthersAreStillTold() {
    threeClients();
    RecordingStatusTransitionListener throwing = RecordingStatusTransitionListener.throwing();
    RecordingStatusTransitionListener recording = new RecordingStatusTransitionListener();
    List<ListenerFailure> handled = new java.util.concurrent.CopyOnWriteArrayList<>();
    StatusService service = base.service(TODAY)
        .listener(throwing)
        .listener(recording)
        .onListenerFailure(handled::add)
        .maxReportedFailures(2)
        .build();

    BatchResult result = service.recalculateAll();

    assertThat(result.failedClients()).isZero();
    assertThat(result.listenerFailureCount()).isEqualTo(7);
    assertThat(result.listenerFailures()).hasSize(2)
        .allSatisfy(f -> assertThat(f.listener()).isSameAs(throwing));
    assertThat(handled).hasSize(7);
    assertThat(recording.transitions()).hasSize(7);
    assertThat(recording.transitionsOf(C1)).extracting(StatusAssignment::status)
        .containsExactly(NEW, IN_PROGRESS, ACTIVE, LOST);
  }

  @Test
  void progressIsReportedAfterEachBatchAndABrokenProgressBarIsIgnored() {
    threeClients();
    RecordingProgressListener progress = new RecordingProgressListener();
    base.service(TODAY).batchSize(2).progressListener(progress).build().recalculateAll();

    assertThat(progress.reports()).extracting(Progress::done).containsExactly(2L, 3L);
    assertThat(progress.last().orElseThrow().total()).hasValue(3);

    InMemoryBase other = new InMemoryBase();
    other.add(InMemoryBase.client("c-9", JAN_1), Facts.of(ClientId.of("c-9")));
    BatchResult result = other.service(TODAY)
        .progressListener(RecordingProgressListener.throwing()).build().recalculateAll();
    assertThat(result.clients()).isEqualTo(1);
  }

  @Test
  void aClientWhoseStatusIsNotInTheSchemeIsReportedAndTheBatchGoesOn() {
    threeClients();
    base.history.append(C2, 0, List.of(StatusAssignment.builder()
        .client(C2).status(StatusId.of("vip")).since(JAN_1)
        .reason(StatusReason.byPerson(ANNA)).build()));

    BatchResult result = base.service(TODAY).build().recalculateAll();

    assertThat(result.failedClients()).isEqualTo(1);
    assertThat(result.failures()).singleElement().satisfies(f -> {
      assertThat(f.client()).isEqualTo(C2);
      assertThat(f.error()).isInstanceOf(UnknownStatusException.class)
          .hasMessage("Client c-2: current status vip is not in the status scheme");
    });
    assertThat(result.changedClients()).isEqualTo(2);
  }

  @Test
  void failingWritesAreReportedPerClientAndARerunFinishes() {
    threeClients();
    StatusService service = base.service(TODAY).parallelism(1).build();
    // the page's append fails at the second client, then every client alone fails too
    base.faults.arm(FailurePlan.fromCall(2).writesOnly());

    BatchResult broken = service.recalculateAll();
    base.faults.disarm();
    assertThat(base.histories()).isEmpty();
    BatchResult rerun = service.recalculateAll();

    assertThat(broken.changedClients()).isZero();
    assertThat(broken.failures()).extracting(ClientFailure::client).contains(C2);
    assertThat(rerun.failedClients()).isZero();
    assertThat(rerun.changedClients()).isEqualTo(broken.failedClients());
    assertThat(statuses(base.history.history(C2)))
        .containsExactly("2026-01-01 new", "2026-02-10 in-progress");
  }

  @Test
  void aPageWhoseAppendFailsOnceIsWrittenClientByClient() {
    threeClients();
    StatusService service = base.service(TODAY).parallelism(1).build();
    base.faults.arm(FailurePlan.atCall(2).writesOnly());

    BatchResult result = service.recalculateAll();
    base.faults.disarm();

    assertThat(result.failedClients()).isZero();
    assertThat(base.unitOfWork.rollbacks()).isEqualTo(1);
    assertThat(statuses(base.history.history(C2)))
        .containsExactly("2026-01-01 new", "2026-02-10 in-progress");
    assertThat(service.recalculateAll().changedClients()).isZero();
  }

  @Test
  void aFailingReadStopsTheBatchWithWhatWasDoneAndItResumesFromThere() {
    threeClients();
    StatusService service = base.service(TODAY).batchSize(1).parallelism(1).build();
    // calls: count, then per batch: page, interests, payments, shipments, histories, append
    base.faults.arm(FailurePlan.atCall(9));

    StatusBatchException stopped =
        org.junit.jupiter.api.Assertions.assertThrows(StatusBatchException.class, service::recalculateAll);
    base.faults.disarm();

    assertThat(stopped.partial().lastClient()).contains(C1);
    assertThat(stopped).hasMessageContaining("after c-1");
    BatchResult rest = service.recalculateAll(stopped.partial().lastClient().orElseThrow());
    assertThat(rest.clients()).isEqualTo(2);
    assertThat(base.histories()).extracting(ClientStatusHistory::client).containsExactly(C1, C2, C3);
  }

  @Test
  void recalculatingOneClientExplainsWithoutWriting() {
    threeClients();
    StatusService service = base.service(TODAY).build();

    ClientRecalculation now = service.recalculate(ANNA, C1, false);

    assertThat(now.applied()).isFalse();
    assertThat(now.before()).isEmpty();
    assertThat(now.transitions()).extracting(o -> o.newStatus().orElseThrow())
        .containsExactly(NEW, IN_PROGRESS, ACTIVE, LOST);
    assertThat(now.status()).contains(CurrentStatus.of(LOST, LocalDate.of(2026, 2, 25)));
    assertThat(now.lastChange().orElseThrow().explanation()).startsWith("LOST held on 2026-02-25");
    assertThat(now.today().summary()).startsWith("Client c-1 stays Потерянный [lost] on 2026-03-20");
    assertThat(base.history.history(C1).version()).isZero();
  }

  @Test
  void recalculatingOneClientCanApplyAndTellTheListeners() {
    threeClients();
    RecordingStatusTransitionListener listener = new RecordingStatusTransitionListener();
    StatusService service = base.service(TODAY).listener(listener).build();

    ClientRecalculation now = service.recalculate(ANNA, C2, true);
    ClientRecalculation again = service.recalculate(ANNA, C2, true);

    assertThat(now.applied()).isTrue();
    assertThat(statuses(base.history.history(C2)))
        .containsExactly("2026-01-01 new", "2026-02-10 in-progress");
    assertThat(listener.transitions()).hasSize(2);
    assertThat(again.transitions()).isEmpty();
    assertThat(again.applied()).isFalse();
    assertThat(again.lastChange().orElseThrow().status()).isEqualTo(IN_PROGRESS);
  }

  @Test
  void todaysMoveIsPartOfTheRecalculation() {
    base.add(InMemoryBase.client("c-1", JAN_1), Facts.of(C1).open("i-1", TODAY));
    StatusService service = base.service(TODAY).build();
    service.recalculateAll();
    // the batch already stepped today: nothing new, and the explanation is of today's step
    ClientRecalculation now = service.recalculate(ANNA, C1, false);

    assertThat(now.transitions()).isEmpty();
    assertThat(now.status()).contains(CurrentStatus.of(IN_PROGRESS, TODAY));
    assertThat(now.today().outcome().newStatus()).contains(IN_PROGRESS);
  }

  @Test
  void personSetsAStatusByHandWithAComment() {
    threeClients();
    RecordingStatusTransitionListener listener = new RecordingStatusTransitionListener();
    StatusService service = base.service(TODAY).listener(listener).build();
    service.recalculateAll();

    StatusAssignment manual = service.setStatus(C2, FOREIGN, ANNA, "Works with a competitor");

    assertThat(manual.previous()).contains(IN_PROGRESS);
    assertThat(manual.reason()).isEqualTo(StatusReason.byPerson(ANNA, "Works with a competitor"));
    assertThat(manual.since()).isEqualTo(TODAY);
    assertThat(base.history.history(C2).current()).contains(manual);
    assertThat(listener.transitionsOf(C2)).last().isEqualTo(manual);
    // and the rules leave it alone later on
    base.service(TODAY.plusDays(60)).build().recalculateAll();
    assertThat(base.history.history(C2).current()).contains(manual);
  }

  @Test
  void settingAStatusByHandFirstCatchesUpOnTheRules() {
    threeClients();
    StatusService service = base.service(TODAY).build();

    service.setStatus(C1, FOREIGN, ANNA);

    assertThat(statuses(base.history.history(C1))).containsExactly(
        "2026-01-01 new", "2026-01-06 in-progress", "2026-01-21 active", "2026-02-25 lost",
        "2026-03-20 foreign");
    assertThatThrownBy(() -> service.setStatus(C1, FOREIGN, ANNA))
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("Client c-1 status foreign: is already the client's status");
    assertThatThrownBy(() -> service.setStatus(C1, StatusId.of("vip"), ANNA))
        .isInstanceOf(UnknownStatusException.class);
  }

  @Test
  void settingAnUnknownStatusSaysItIsUnknownAndListsTheValidIds() {
    threeClients();
    StatusService service = base.service(TODAY).build();

    assertThatThrownBy(() -> service.setStatus(C1, StatusId.of("vip"), ANNA))
        .isInstanceOf(UnknownStatusException.class)
        .hasMessageStartingWith("Client c-1: status vip is unknown; the status scheme has new, ")
        .hasMessageContaining("foreign");
  }

  @Test
  void statusOnAPastDateComesFromTheHistoryAndOnALaterOneFromTheRules() {
    threeClients();
    StatusService service = base.service(TODAY).build();
    service.recalculateAll();

    assertThat(service.statusOn(ANNA, C1, LocalDate.of(2026, 1, 31))).contains(ACTIVE);
    assertThat(service.statusOn(ANNA, C1, LocalDate.of(2025, 12, 31))).isEmpty();
    assertThat(service.statusOn(ANNA, C2, TODAY.plusDays(10))).contains(IN_PROGRESS);
    base.add(InMemoryBase.client("c-4", TODAY), Facts.of(ClientId.of("c-4")).payment("p-4", TODAY));
    assertThat(service.statusOn(ANNA, ClientId.of("c-4"), TODAY.plusDays(1))).contains(NEW);
  }

  @Test
  void dynamicsReportIsReadFromTheHistoryStorePerManager() {
    threeClients();
    StatusService service = base.service(TODAY).batchSize(2).build();
    service.recalculateAll();

    StatusDynamicsReport report = service.dynamics(ANNA, LocalDate.of(2026, 2, 28), 14, true);

    assertThat(report.total().atStart()).isEqualTo(Map.of(ACTIVE, 1, IN_PROGRESS, 1));
    assertThat(report.total().atEnd()).isEqualTo(Map.of(LOST, 1, IN_PROGRESS, 1));
    assertThat(report.byManager()).extracting(StatusDynamicsReport.Section::manager)
        .containsExactly(Optional.of(ANNA), Optional.empty());
    assertThat(service.dynamics(ANNA).periodDays()).isEqualTo(7);
  }

  /** Adds clients c-000, c-001, ... to each base, each with one interest and one payment. */
  private static void addNumberedClients(int count, InMemoryBase... bases) {
    for (int i = 0; i < count; i++) {
      String id = String.format("c-%03d", i);
      for (InMemoryBase each : bases) {
        each.add(InMemoryBase.client(id, JAN_1), Facts.of(ClientId.of(id))
            .open("i-" + i, JAN_1.plusDays(i)).payment("p-" + i, JAN_1.plusDays(2 * i)));
      }
    }
  }

  @Test
  void parallelBatchEqualsASequentialOne() {
    InMemoryBase parallel = new InMemoryBase();
    addNumberedClients(60, base, parallel);

    base.service(TODAY).parallelism(1).build().recalculateAll();
    BatchResult result = parallel.service(TODAY).parallelism(4).batchSize(16).build().recalculateAll();

    assertThat(result.clients()).isEqualTo(60);
    assertThat(parallel.histories()).isEqualTo(base.histories());
  }

  @Test
  void aBatchRunsOnTheHostsExecutorAndLeavesItRunning() throws InterruptedException {
    InMemoryBase onExecutor = new InMemoryBase();
    addNumberedClients(40, base, onExecutor);
    java.util.concurrent.atomic.AtomicInteger tasks = new java.util.concurrent.atomic.AtomicInteger();
    java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(2);
    try {
      java.util.concurrent.Executor counting = work -> {
        tasks.incrementAndGet();
        pool.execute(work);
      };
      base.service(TODAY).parallelism(1).build().recalculateAll();
      BatchResult result = onExecutor.service(TODAY).parallelism(2).batchSize(10)
          .executor(counting).build().recalculateAll();

      assertThat(result.clients()).isEqualTo(40);
      assertThat(tasks.get()).isEqualTo(8);
      assertThat(onExecutor.histories()).isEqualTo(base.histories());
      assertThat(pool.isShutdown()).isFalse();
    } finally {
      pool.shutdown();
      assertThat(pool.awaitTermination(10, java.util.concurrent.TimeUnit.SECONDS)).isTrue();
    }
  }

  @Test
  void aWorkerTakesUpThePageAfterWhileAPartOfThePageBeforeStillRuns() throws InterruptedException {
    InMemoryBase pipelined = new InMemoryBase();
    addNumberedClients(20, base, pipelined);
    // pages of 10 in two parts each: the first part of the first page waits until the first part
    // of the second page has started, which it can only do while the first page still runs
    java.util.concurrent.atomic.AtomicInteger submitted = new java.util.concurrent.atomic.AtomicInteger();
    java.util.concurrent.CountDownLatch thirdStarted = new java.util.concurrent.CountDownLatch(1);
    java.util.concurrent.atomic.AtomicBoolean overlapped = new java.util.concurrent.atomic.AtomicBoolean();
    java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(2);
    try {
      java.util.concurrent.Executor gated = work -> {
        int task = submitted.incrementAndGet();
        pool.execute(() -> {
          if (task == 3) {
            thirdStarted.countDown();
          }
          if (task == 1) {
            try {
              overlapped.set(thirdStarted.await(5, java.util.concurrent.TimeUnit.SECONDS));
            } catch (InterruptedException interrupted) {
              Thread.currentThread().interrupt();
            }
          }
          work.run();
        });
      };
      base.service(TODAY).parallelism(1).build().recalculateAll();
      BatchResult result = pipelined.service(TODAY).parallelism(2).batchSize(10)
          .executor(gated).build().recalculateAll();

      assertThat(overlapped).isTrue();
      assertThat(submitted.get()).isEqualTo(4);
      assertThat(result.clients()).isEqualTo(20);
      assertThat(result.lastClient()).contains(ClientId.of("c-019"));
      assertThat(pipelined.histories()).isEqualTo(base.histories());
    } finally {
      pool.shutdown();
      assertThat(pool.awaitTermination(10, java.util.concurrent.TimeUnit.SECONDS)).isTrue();
    }
  }

  @Test
  void aPartTheHostsExecutorRefusesRunsOnTheCallingThread() throws InterruptedException {
    InMemoryBase refusing = new InMemoryBase();
    addNumberedClients(20, base, refusing);
    // two threads and no queue: while the first page's first part waits, the second page's parts
    // find no free thread, and the executor refuses at least one of them
    java.util.concurrent.CountDownLatch refused = new java.util.concurrent.CountDownLatch(1);
    java.util.concurrent.ThreadPoolExecutor pool = new java.util.concurrent.ThreadPoolExecutor(2, 2, 0,
        java.util.concurrent.TimeUnit.SECONDS, new java.util.concurrent.SynchronousQueue<>(), (work, executor) -> {
          refused.countDown();
          throw new java.util.concurrent.RejectedExecutionException("no free thread");
        });
    java.util.concurrent.atomic.AtomicInteger submitted = new java.util.concurrent.atomic.AtomicInteger();
    try {
      java.util.concurrent.Executor host =
          work -> pool.execute(submitted.incrementAndGet() > 1 ? work : after(refused, work));
      base.service(TODAY).parallelism(1).build().recalculateAll();
      BatchResult result = refusing.service(TODAY).parallelism(2).batchSize(10)
          .executor(host).build().recalculateAll();

      assertThat(refused.getCount()).isZero();
      assertThat(result.clients()).isEqualTo(20);
      assertThat(result.failedClients()).isZero();
      assertThat(result.lastClient()).contains(ClientId.of("c-019"));
      assertThat(refusing.histories()).isEqualTo(base.histories());
    } finally {
      pool.shutdown();
      assertThat(pool.awaitTermination(10, java.util.concurrent.TimeUnit.SECONDS)).isTrue();
    }
  }

  @Test
  void aBugInAPartStopsTheRunAndThePartsNotStartedYetNeverStart() throws InterruptedException {
    addNumberedClients(30, base);
    // one page of 30 in three parts on one thread: the first part's listener fails with an Error;
    // the other two are held back until the run has thrown
    java.util.concurrent.CountDownLatch thrown = new java.util.concurrent.CountDownLatch(1);
    java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newSingleThreadExecutor();
    java.util.concurrent.atomic.AtomicInteger submitted = new java.util.concurrent.atomic.AtomicInteger();
    try {
      java.util.concurrent.Executor host =
          work -> pool.execute(submitted.incrementAndGet() == 1 ? work : after(thrown, work));
      StatusService service = base.service(TODAY).parallelism(3).batchSize(30).executor(host)
          .listener(transition -> {
            throw new AssertionError("a listener's bug");
          }).build();

      assertThatThrownBy(service::recalculateAll).isInstanceOf(AssertionError.class);
      thrown.countDown();
      pool.shutdown();
      assertThat(pool.awaitTermination(10, java.util.concurrent.TimeUnit.SECONDS)).isTrue();

      assertThat(submitted.get()).isEqualTo(3);
      assertThat(base.histories()).extracting(h -> h.client().value())
          .as("only the first part's clients are written").isNotEmpty()
          .allMatch(id -> id.compareTo("c-010") < 0);
    } finally {
      pool.shutdownNow();
    }
  }

  /** The work, run once the latch is open or 5 s have passed. */
  private static Runnable after(java.util.concurrent.CountDownLatch latch, Runnable work) {
    return () -> {
      try {
        latch.await(5, java.util.concurrent.TimeUnit.SECONDS);
      } catch (InterruptedException interrupted) {
        Thread.currentThread().interrupt();
      }
      work.run();
    };
  }

  @Test
  void aWholeClientbaseGivesTheServiceEveryStore() {
    org.clientbase.memory.InMemoryClientbase whole = org.clientbase.memory.InMemoryClientbase.create();
    whole.clientStore().insert(InMemoryBase.client("c-1", JAN_1));
    StatusService service = StatusService.builder().clientbase(whole).clock(InMemoryBase.clockAt(TODAY))
        .accessPolicy(org.clientbase.spi.access.AccessPolicy.allowAll()).build();

    assertThat(service.recalculateAll().changedClients()).isEqualTo(1);
    assertThat(whole.statusHistoryStore().history(C1).current().orElseThrow().status()).isEqualTo(NEW);
    assertThatThrownBy(() -> StatusService.builder().clientbase(whole).clients(whole.clientStore()))
        .isInstanceOf(InvalidValueException.class);
  }

  @Test
  void aHostWithOnlyTheStatusReadSideGetsTheSameStatuses() {
    threeClients();
    InMemoryBase reference = base;
    org.clientbase.spi.store.ClientPages cards = new org.clientbase.spi.store.ClientPages() {
      @Override
      public Optional<org.clientbase.spi.Versioned<org.clientbase.core.client.Client>> find(ClientId id) {
        return reference.clients.find(id);
      }

      @Override
      public List<org.clientbase.spi.Versioned<org.clientbase.core.client.Client>> page(PageRequest<ClientId> request) {
        return reference.clients.page(request);
      }

      @Override
      public long count() {
        return reference.clients.count();
      }
    };
    org.clientbase.memory.InMemoryStatusHistoryStore small =
        new org.clientbase.memory.InMemoryStatusHistoryStore(
            base.unitOfWork, new org.clientbase.memory.FaultInjector());
    StatusService service = StatusService.builder()
        .clients(cards)
        .interests(reference.interests::findByClients)
        .payments(reference.payments::findByClients)
        .shipments(reference.shipments::findByClients)
        .history(small)
        .clock(InMemoryBase.clockAt(TODAY))
        .accessPolicy(org.clientbase.spi.access.AccessPolicy.allowAll())
        .build();

    service.recalculateAll();
    base.service(TODAY).build().recalculateAll();

    assertThat(small.all()).isEqualTo(base.histories()).isNotEmpty();
    assertThat(service.statusOn(ANNA, C2, TODAY)).isEqualTo(base.service(TODAY).build().statusOn(ANNA, C2, TODAY));
  }

  @Test
  void builderNamesMissingRepeatedAndBadSettings() {
    assertThatThrownBy(() -> StatusService.builder().clients(base.clients).build())
        .isInstanceOf(MissingValuesException.class)
        .hasMessage("StatusService: missing interests, payments, shipments, history, clock, accessPolicy");
    assertThatThrownBy(() -> base.service(TODAY).clock(InMemoryBase.clockAt(TODAY)))
        .isInstanceOf(InvalidValueException.class)
        .hasMessageStartingWith("StatusService.clock")
        .hasMessageContaining("was already set");
    assertThatThrownBy(() -> StatusService.builder().batchSize(0))
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("StatusService.batchSize 0: must be from 1 to 2147483647");
  }
}
