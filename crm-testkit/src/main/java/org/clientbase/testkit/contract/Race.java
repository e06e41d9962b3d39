package org.clientbase.testkit.contract;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.IntFunction;

/** Runs tasks on several threads released at the same moment, and collects their outcomes. */
final class Race {
  private static final long TIMEOUT_SECONDS = 60;

  private Race() {}

  /** The outcome of one task: its result or what it threw. */
  record Outcome<R>(R result, Throwable failure) {
    boolean succeeded() {
      return failure == null;
    }
  }

  /**
   * Runs {@code threads} tasks at once and waits for all of them.
   *
   * @param threads how many tasks, each on its own thread
   * @param task the task for each thread number
   * @return the outcomes, by thread number
   */
  static <R> List<Outcome<R>> run(int threads, IntFunction<Callable<R>> task) {
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    CountDownLatch ready = new CountDownLatch(threads);
    CountDownLatch go = new CountDownLatch(1);
    try {
      List<Future<R>> futures = new ArrayList<>();
      for (int i = 0; i < threads; i++) {
        Callable<R> work = task.apply(i);
        futures.add(pool.submit(() -> {
          ready.countDown();
          go.await();
          return work.call();
        }));
      }
      if (!ready.await(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
        throw new AssertionError("threads did not start within " + TIMEOUT_SECONDS + " s");
      }
      go.countDown();
      List<Outcome<R>> outcomes = new ArrayList<>();
      for (Future<R> future : futures) {
        try {
          outcomes.add(new Outcome<>(future.get(TIMEOUT_SECONDS, TimeUnit.SECONDS), null));
        } catch (ExecutionException e) {
          outcomes.add(new Outcome<>(null, e.getCause()));
        } catch (TimeoutException e) {
          throw new AssertionError("a thread did not finish within " + TIMEOUT_SECONDS + " s", e);
        }
      }
      return outcomes;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError("interrupted", e);
    } finally {
      pool.shutdownNow();
    }
  }
}
