package org.clientbase.core.card;

import java.util.Locale;
import org.clientbase.core.Checks;

/**
 * Where a lead or client came from (e.g. "Website", "Exhibition", "Referral"). Sources compare ignoring case.
 */
public final class Source implements Comparable<Source> {
  private final String name;
  private final String key;

  private Source(String name) {
    this.name = name;
    this.key = name.toLowerCase(Locale.ROOT);
  }

  /**
   * Returns the source with the given name, trimmed and single-spaced.
   *
   * @param name the name, not blank, at most 100 characters
   * @return the source
   * @throws org.clientbase.core.InvalidValueException if the name is blank or too long
   */
  public static Source of(String name) {
    String text = Checks.requireText("Source", name);
    Checks.check(text.length() <= 100, "Source", name, "must be at most 100 characters");
    return new Source(text);
  }

  /**
   * Returns the name as given (trimmed and single-spaced).
   *
   * @return the name
   */
  public String name() {
    return name;
  }

  /**
   * Orders by name, ignoring case.
   *
   * @param other the other source
   * @return a negative number, zero or a positive number
   */
  @Override
  public int compareTo(Source other) {
    return key.compareTo(other.key);
  }

  /**
   * Two sources are equal when their names are equal ignoring case.
   *
   * @param other the other object
   * @return {@code true} if equal
   */
  @Override
  public boolean equals(Object other) {
    return other instanceof Source && (((Source) other).key).equals(key);
  }

  @Override
  public int hashCode() {
    return key.hashCode();
  }

  @Override
  public String toString() {
    return name;
  }
}
