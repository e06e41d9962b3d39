package org.clientbase.rules;

import org.clientbase.core.ClientbaseException;
import org.clientbase.core.id.EntityId;

/** A procedure was asked about a record that the host's store does not hold. */
public class UnknownRecordException extends ClientbaseException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param what the kind of record, e.g. {@code "lead"}
   * @param id its id
   */
  public UnknownRecordException(String what, EntityId id) {
    super("no " + what + " " + id + " in the store");
  }
}
