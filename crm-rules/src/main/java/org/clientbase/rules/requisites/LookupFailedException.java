package org.clientbase.rules.requisites;

import org.clientbase.core.ClientbaseException;
import org.clientbase.core.tax.Inn;

/**
 * The host's tax-id lookup failed, or answered requisites that do not fit the INN asked for.
 * Nothing was written.
 */
public class LookupFailedException extends ClientbaseException {
  private static final long serialVersionUID = 1L;

  /** The INN looked up. */
  private final String inn;

  /**
   * Creates the exception.
   *
   * @param inn the INN looked up
   * @param reason what went wrong
   * @param cause the lookup's own failure, or {@code null}
   */
  public LookupFailedException(Inn inn, String reason, Throwable cause) {
    super("look-up of INN " + inn.value() + " failed: " + reason, cause);
    this.inn = inn.value();
  }

  /**
   * Returns the INN looked up.
   *
   * @return the INN's digits
   */
  public String inn() {
    return inn;
  }
}
