package org.clientbase.core.card;

/**
 * Where a lead or client came from (e.g. "Website", "Exhibition", "Referral"). Sources compare ignoring case.
 *
 * <p>Immutable and thread-safe.
 */
public final class Source extends CardLabel implements Comparable<Source> {
  private Source(String name) {
    super("Source", name);
  }

  /**
   * Returns the source with the given name, trimmed and single-spaced.
   *
   * @param name the name, not blank, at most 100 characters
   * @return the source
   * @throws org.clientbase.core.InvalidValueException if the name is blank or too long
   */
  public static Source of(String name) {
    return new Source(name);
  }

  /**
   * Orders by name, ignoring case.
   *
   * @param other the other source
   * @return a negative number, zero or a positive number
   */
  @Override
  public int compareTo(Source other) {
    return compareNames(other);
  }
}
