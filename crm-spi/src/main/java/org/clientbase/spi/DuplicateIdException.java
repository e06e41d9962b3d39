package org.clientbase.spi;

import org.clientbase.core.ClientbaseException;

/** An insert named an id that the store already holds. The insert took no effect. */
public class DuplicateIdException extends ClientbaseException {
  private static final long serialVersionUID = 1L;

  /** What record was inserted, e.g. {@code "Client c-1"}. */
  private final String record;

  /**
   * Creates the exception.
   *
   * @param record the record, e.g. {@code "Client c-1"}
   */
  public DuplicateIdException(String record) {
    super(record + ": already stored");
    this.record = record;
  }

  /**
   * Returns what record was inserted.
   *
   * @return the record, e.g. {@code "Client c-1"}
   */
  public String record() {
    return record;
  }
}
