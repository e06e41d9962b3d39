package org.clientbase.spi;

import java.util.function.Supplier;

/**
 * Runs a piece of library work atomically against the host's stores.
 *
 * <p>The library wraps each step that writes to several stores (converting one lead, merging
 * two clients, recording one client's new statuses) in {@link #execute(Supplier)}. The host
 * guarantees: if the work returns, every store write made inside it takes effect together; if
 * it throws, none does, and the exception reaches the library unchanged. A host on a database
 * implements this as a transaction; {@link #direct()} is for stores without transactions,
 * where the library's own ordering of writes is the only protection.
 *
 * <p>The work makes its store calls on the thread that calls {@code execute}, and reads inside
 * it see its own writes. The library never nests units of work.
 *
 * <p>Units of work run concurrently, from several threads and several hosts. When the store
 * cannot finish one because of another running at the same time (a deadlock, a serialization
 * failure, a lock wait given up), the store call or {@code execute} throws {@link
 * ConcurrentUpdateException} and none of the work's writes take effect; the library then runs
 * the work again from fresh reads, a bounded number of times. A write computed from a version
 * that another unit of work has changed since fails with {@link StaleWriteException}, as every
 * store promises; the library treats it the same way where it can decide anew.
 */
@FunctionalInterface
public interface UnitOfWork {

  /**
   * Runs the work atomically.
   *
   * @param work the work; its store writes are committed together or not at all
   * @param <T> the type of the result
   * @return what the work returned
   * @throws ConcurrentUpdateException if the work collided with another unit of work and was
   *     rolled back as a whole
   */
  <T> T execute(Supplier<T> work);

  /**
   * Returns a unit of work that simply runs the work, for stores without transactions.
   *
   * @return the direct unit of work
   */
  static UnitOfWork direct() {
    return new UnitOfWork() {
      @Override
      public <T> T execute(Supplier<T> work) {
        return work.get();
      }
    };
  }
}
