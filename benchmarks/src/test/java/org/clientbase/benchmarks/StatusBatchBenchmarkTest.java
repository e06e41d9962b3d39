package org.clientbase.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.function.Function;
import org.clientbase.core.status.StatusAssignment;
import org.clientbase.rules.status.BatchResult;
import org.clientbase.spi.store.ClientStatusHistory;
import org.junit.jupiter.api.Test;

/** The end-to-end batch benchmark compares like with like only if both sides write the same history. */
class StatusBatchBenchmarkTest {

  @Test
  void theHandwrittenLoopAndTheLibraryWriteTheSameHistories() {
    loopAndLibraryWriteTheSameHistories(StatusBatchBenchmark::handwrittenBatch);
  }

  @Test
  void theExplainingLoopAndTheLibraryWriteTheSameHistoriesExplanationsIncluded() {
    List<List<ClientStatusHistory>> written = loopAndLibraryWriteTheSameHistories(StatusBatchBenchmark::explainingBatch);
    List<ClientStatusHistory> byLibrary = written.get(0);
    List<ClientStatusHistory> byHand = written.get(1);
    for (int i = 0; i < byLibrary.size(); i++) {
      assertThat(byHand.get(i).entries()).as("history of %s", byLibrary.get(i).client())
          .isEqualTo(byLibrary.get(i).entries());
    }
  }

  @Test
  void theDroolsLoopAndTheLibraryWriteTheSameHistories() {
    loopAndLibraryWriteTheSameHistories(StatusBatchBenchmark::droolsBatch);
  }

  /** Runs the library and a loop on the same base; returns the histories each wrote, library's first. */
  private static List<List<ClientStatusHistory>> loopAndLibraryWriteTheSameHistories(
      Function<StatusBatchBenchmark, HandwrittenBatch> loop) {
    StatusBatchBenchmark benchmark = new StatusBatchBenchmark();
    benchmark.load();
    benchmark.emptyHistory();
    BatchResult library = benchmark.service(2).recalculateAll();
    List<ClientStatusHistory> byLibrary = benchmark.history().all();
    benchmark.emptyHistory();
    long changed = loop.apply(benchmark).run(StatusData.TODAY);
    List<ClientStatusHistory> byHand = benchmark.history().all();
    sameHistories(library, byLibrary, changed, byHand);
    return List.of(byLibrary, byHand);
  }

  private static void sameHistories(
      BatchResult library, List<ClientStatusHistory> byLibrary, long changed,
      List<ClientStatusHistory> byHand) {
    assertThat(library.failedClients()).isZero();
    assertThat(changed).isEqualTo(library.changedClients()).isEqualTo(StatusBatchBenchmark.CLIENTS);
    assertThat(byHand).hasSameSizeAs(byLibrary);
    long transitions = 0;
    for (int i = 0; i < byLibrary.size(); i++) {
      ClientStatusHistory expected = byLibrary.get(i);
      ClientStatusHistory actual = byHand.get(i);
      assertThat(actual.client()).isEqualTo(expected.client());
      assertThat(actual.version()).isEqualTo(expected.version());
      assertThat(actual.evaluatedThrough()).isEqualTo(expected.evaluatedThrough());
      assertThat(withoutExplanation(actual.entries()))
          .as("history of %s", expected.client())
          .isEqualTo(withoutExplanation(expected.entries()));
      transitions += expected.entries().size();
    }
    assertThat(transitions).isEqualTo(library.transitions()).isGreaterThan(StatusBatchBenchmark.CLIENTS);
  }

  private static List<String> withoutExplanation(List<StatusAssignment> entries) {
    return entries.stream()
        .map(e -> e.previous().map(Object::toString).orElse("-") + ">" + e.status() + "@" + e.since()
            + " by " + e.reason())
        .toList();
  }
}
