package org.clientbase.spi;

import org.clientbase.core.ClientbaseException;

/**
 * A unit of work collided with another one running at the same time and was rolled back as a
 * whole: the database chose it as the victim of a deadlock, or could not serialize it, or a
 * lock it waited for was not released in time. Nothing it wrote took effect, and running the
 * same work again from fresh reads is expected to succeed.
 *
 * <p>This is part of the store contract: when a store call fails for such a reason, the host
 * throws this exception (not an exception of its own), so that the library can tell a
 * collision it may retry from a failure it must report. The JDBC adapter reports PostgreSQL's
 * SQL states {@code 40P01} (deadlock) and {@code 40001} (serialization failure) and H2's
 * deadlock ({@code 40001}) and lock timeout (error code {@code 50200}) this way. The library's
 * procedures that write several cards in one unit of work write them in id order, so that such
 * collisions are rare, and retry a bounded number of times; an exception that still reaches
 * the caller can be retried the same way.
 */
public class ConcurrentUpdateException extends ClientbaseException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param message what collided, e.g. {@code "Client c-1: deadlock with another unit of work"}
   */
  public ConcurrentUpdateException(String message) {
    super(message);
  }

  /**
   * Creates the exception with the store's own error as its cause.
   *
   * @param message what collided
   * @param cause the store's error
   */
  public ConcurrentUpdateException(String message, Throwable cause) {
    super(message, cause);
  }
}
