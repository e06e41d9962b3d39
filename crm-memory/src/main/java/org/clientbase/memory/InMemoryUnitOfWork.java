package org.clientbase.memory;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;
import org.clientbase.spi.ConcurrentUpdateException;
import org.clientbase.spi.UnitOfWork;

/**
 * A unit of work for the in-memory stores that share it, behaving like a database transaction
 * at read committed isolation, so that units of work on several threads really interleave.
 *
 * <p>While {@link #execute(Supplier)} runs, a write of an in-memory record store (a directory,
 * a fact store, the merge journal) takes a lock on its record that is held until the unit of
 * work ends, checks the expected version against the latest committed one (or its own earlier
 * write), and keeps the new value private to the unit of work: other threads go on reading the
 * last committed value, and a write of theirs to the same record waits until the unit of work
 * ends (and then usually finds the version changed). If the work returns, every write is
 * published at once; if it throws, none is, and the exception reaches the caller unchanged. A
 * unit of work that would wait for a record held by a unit of work that waits, directly or
 * through others, for one of its own records fails with {@link ConcurrentUpdateException}, as a
 * database reports a deadlock; its writes are then rolled back by the caller's failure.
 *
 * <p>The other in-memory stores (histories, settings, the match key index, document
 * references) write at once, atomically per call, and undo their writes when the unit of work
 * fails; a concurrent reader may see such a write before the unit of work commits. The library
 * writes them only after the cards they concern, whose locks keep concurrent procedures apart.
 *
 * <p>The work must write only from the thread that called {@code execute}. Units of work do not
 * nest: calling {@code execute} inside a running one on the same thread throws {@link
 * IllegalStateException}, since the library promises never to do that.
 */
public final class InMemoryUnitOfWork implements UnitOfWork {
  private final ReentrantLock mutex = new ReentrantLock();
  private final Object lockTable = new Object();
  private final Map<Object, Transaction> owners = new HashMap<>();
  private final ThreadLocal<Transaction> running = new ThreadLocal<>();
  private final AtomicLong commits = new AtomicLong();
  private final AtomicLong rollbacks = new AtomicLong();
  private final AtomicLong deadlocks = new AtomicLong();

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
   * @throws ConcurrentUpdateException if the work would deadlock with another unit of work;
   *     nothing it wrote is kept
   */
  @Override
  public <T> T execute(Supplier<T> work) {
    Objects.requireNonNull(work, "work");
    if (running.get() != null) {
      throw new IllegalStateException(
          "InMemoryUnitOfWork.execute called inside a running unit of work on the same thread;"
              + " units of work do not nest");
    }
    Transaction tx = new Transaction();
    running.set(tx);
    try {
      T result = work.get();
      tx.finish(true);
      commits.incrementAndGet();
      return result;
    } catch (Throwable failure) {
      tx.finish(false);
      rollback(tx.undo, failure);
      rollbacks.incrementAndGet();
      throw failure;
    } finally {
      running.remove();
      release(tx);
    }
  }

  /**
   * Tells whether a unit of work is running on the calling thread.
   *
   * @return {@code true} inside {@link #execute(Supplier)}
   */
  public boolean inProgress() {
    return running.get() != null;
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
   * Returns how many writes failed with {@link ConcurrentUpdateException} because their unit of
   * work would have deadlocked.
   *
   * @return the number of deadlocks found
   */
  public long deadlocks() {
    return deadlocks.get();
  }

  /**
   * Runs one write of a store that writes at once, atomically with the check before it. Its
   * undo is recorded with {@link #onUndo(Runnable)}.
   */
  <R> R write(Supplier<R> mutation) {
    mutex.lock();
    try {
      return mutation.get();
    } finally {
      mutex.unlock();
    }
  }

  /** Records how to undo a write just made, if a unit of work is running on this thread. */
  void onUndo(Runnable undo) {
    Transaction tx = running.get();
    if (tx != null) {
      tx.undo.push(undo);
    }
  }

  /** Returns the unit of work running on this thread, or {@code null}. */
  Transaction current() {
    return running.get();
  }

  /**
   * Runs a write of a record store holding the record's lock: until the running unit of work
   * ends, or, outside one, for the write alone. Waits while another unit of work holds the
   * lock.
   *
   * @param key the record, unique among the sharing stores
   * @param describe what the record is, for the deadlock's message
   * @param mutation the write; it receives the running unit of work, or {@code null} outside one
   * @throws ConcurrentUpdateException if waiting would deadlock
   */
  <R> R writeRecord(Object key, String describe, java.util.function.Function<Transaction, R> mutation) {
    Transaction tx = running.get();
    if (tx != null) {
      lock(tx, key, describe);
      return mutation.apply(tx);
    }
    Transaction alone = new Transaction();
    lock(alone, key, describe);
    try {
      return mutation.apply(null);
    } finally {
      release(alone);
    }
  }

  private void lock(Transaction tx, Object key, String describe) {
    synchronized (lockTable) {
      while (true) {
        Transaction owner = owners.get(key);
        if (owner == null) {
          owners.put(key, tx);
          tx.held.add(key);
          return;
        }
        if (owner == tx) {
          return;
        }
        for (Transaction t = owner; t != null; t = t.waitingFor) {
          if (t == tx) {
            deadlocks.incrementAndGet();
            throw new ConcurrentUpdateException(describe + ": deadlock with another unit of work");
          }
        }
        tx.waitingFor = owner;
        try {
          lockTable.wait();
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          throw new ConcurrentUpdateException(describe + ": interrupted while waiting for another unit of work");
        } finally {
          tx.waitingFor = null;
        }
      }
    }
  }

  private void release(Transaction tx) {
    if (tx.held.isEmpty()) {
      return;
    }
    synchronized (lockTable) {
      for (Object key : tx.held) {
        owners.remove(key);
      }
      tx.held.clear();
      lockTable.notifyAll();
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

  /** One running unit of work: its locks, its private writes' endings and its undo log. */
  static final class Transaction {
    private final Deque<Runnable> undo = new ArrayDeque<>();
    private final List<java.util.function.Consumer<Boolean>> endings = new ArrayList<>();
    private final List<Object> held = new ArrayList<>();
    // guarded by the lock table's monitor
    private Transaction waitingFor;

    /** Registers what to do when the unit of work ends: given whether it committed. */
    void onEnd(java.util.function.Consumer<Boolean> ending) {
      endings.add(ending);
    }

    private void finish(boolean committed) {
      for (java.util.function.Consumer<Boolean> ending : endings) {
        ending.accept(committed);
      }
      endings.clear();
    }
  }
}
