package org.clientbase.rules.matching;

import org.clientbase.core.ClientbaseException;

/**
 * A merge or an undo cannot be done as asked: a card does not exist, the cards changed since in
 * a way the library must not overwrite, or a later merge depends on the one to undo. Nothing was
 * written; the message says what to do.
 */
public class MergeRefusedException extends ClientbaseException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param message what cannot be done and why, naming the cards
   */
  public MergeRefusedException(String message) {
    super(message);
  }

  /**
   * Creates the exception with a cause.
   *
   * @param message what cannot be done and why
   * @param cause the failure that showed it
   */
  public MergeRefusedException(String message, Throwable cause) {
    super(message, cause);
  }
}
