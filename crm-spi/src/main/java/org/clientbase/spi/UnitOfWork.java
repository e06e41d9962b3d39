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
 */
@FunctionalInterface
public interface UnitOfWork {

  /**
   * Runs the work atomically.
   *
   * @param work the work; its store writes are committed together or not at all
   * @param <T> the type of the result
   * @return what the work returned
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
