package org.clientbase.memory;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;
import org.clientbase.spi.UnitOfWork;

/**
 * A unit of work with real atomicity for the in-memory stores that share it.
 *
 * <p>While {@link #execute(Supplier)} runs, every write the in-memory stores make on the
 * running thread is recorded in an undo log. If the work returns, the writes stay; if it
 * throws, they are undone in reverse order and the exception reaches the caller unchanged.
 *
 * <p>Isolation is simple and strict: a running unit of work holds a lock that every write of
 * the sharing stores takes, so writes from other threads wait until the unit of work ends and
 * units of work run one after another. Reads never wait; they may see writes of a unit of work
 * that is still running (a test double needs no more). The work must therefore write only from
 * the thread that called {@code execute}.
 *
 * <p>Units of work do not nest: calling {@code execute} inside a running one on the same thread
 * throws {@link IllegalStateException}, since the library promises never to do that.
 */
public final class InMemoryUnitOfWork implements UnitOfWork {
  private final ReentrantLock lock = new ReentrantLock();
  private final ThreadLocal<Deque<Runnable>> undoLog = new ThreadLocal<>();
  private final AtomicLong commits = new AtomicLong();
  private final AtomicLong rollbacks = new AtomicLong();

  /** Creates a unit of work; pass it to the stores that are to take part in it. */
  public InMemoryUnitOfWork() {}

  /**
   * Runs the work atomically: its writes to the sharing stores take effect together if it
   * returns, and are undone if it throws.
   *
   * @param work the work
   * @param <T> the type of the result
   * @return what the work returned
   * @throws IllegalStateException if a unit of work is already running on this thread
   */
  @Override
  public <T> T execute(Supplier<T> work) {
    Objects.requireNonNull(work, "work");
    if (undoLog.get() != null) {
      throw new IllegalStateException(
          "InMemoryUnitOfWork.execute called inside a running unit of work on the same thread;"
              + " units of work do not nest");
    }
    lock.lock();
    Deque<Runnable> log = new ArrayDeque<>();
    undoLog.set(log);
    try {
      T result = work.get();
      commits.incrementAndGet();
      return result;
    } catch (Throwable failure) {
      rollback(log, failure);
      rollbacks.incrementAndGet();
      throw failure;
    } finally {
      undoLog.remove();
      lock.unlock();
    }
  }

  /**
   * Tells whether a unit of work is running on the calling thread.
   *
   * @return {@code true} inside {@link #execute(Supplier)}
   */
  public boolean inProgress() {
    return undoLog.get() != null;
  }

  /**
   * Returns how many units of work returned normally, so their writes were kept.
   *
   * @return the number of commits
   */
  public long commits() {
    return commits.get();
  }

  /**
   * Returns how many units of work threw, so their writes were undone.
   *
   * @return the number of rollbacks
   */
  public long rollbacks() {
    return rollbacks.get();
  }

  /**
   * Runs one write of a sharing store while holding the lock, so that it is atomic with the
   * check before it and waits for a unit of work running on another thread.
   */
  <R> R write(Supplier<R> mutation) {
    lock.lock();
    try {
      return mutation.get();
    } finally {
      lock.unlock();
    }
  }

  /** Records how to undo a write just made, if a unit of work is running on this thread. */
  void onUndo(Runnable undo) {
    Deque<Runnable> log = undoLog.get();
    if (log != null) {
      log.push(undo);
    }
  }

  private static void rollback(Deque<Runnable> log, Throwable failure) {
    while (!log.isEmpty()) {
      try {
        log.pop().run();
      } catch (RuntimeException | Error undoFailure) {
        failure.addSuppressed(undoFailure);
      }
    }
  }
}
