package org.clientbase.rules.status;

import org.clientbase.core.ClientbaseException;

/**
 * A batch recalculation stopped before the end: a store failed to give a batch of clients or
 * facts, or the thread was interrupted. What was done is kept; {@link #partial()} says how far
 * it came. Running the batch again (from the start or from {@link BatchResult#lastClient()})
 * ends in the same state as an uninterrupted run.
 */
public final class StatusBatchException extends ClientbaseException {
  private static final long serialVersionUID = 1L;

  /** What was done before the batch stopped. */
  private final transient BatchResult partial;

  /**
   * Creates the exception.
   *
   * @param message what stopped the batch
   * @param partial what was done before
   * @param cause the failure
   */
  public StatusBatchException(String message, BatchResult partial, Throwable cause) {
    super(message, cause);
    this.partial = partial;
  }

  /**
   * Returns what was done before the batch stopped.
   *
   * @return the partial result
   */
  public BatchResult partial() {
    return partial;
  }
}
