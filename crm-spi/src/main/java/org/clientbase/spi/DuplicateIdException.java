package org.clientbase.spi;

import org.clientbase.core.ClientbaseException;

/** An insert named an id that the store already holds. The insert took no effect. */
public class DuplicateIdException extends ClientbaseException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param record the record, e.g. {@code "Client c-1"}
   */
  public DuplicateIdException(String record) {
    super(record + ": already stored");
  }
}
