package org.clientbase.core.status;

import java.util.regex.Pattern;
import org.clientbase.core.InvalidValueException;

/**
 * Names a status template: a rule that decides when a client moves to the status bound to it.
 *
 * <p>The five predefined templates of the default scheme are constants; a host names its own
 * templates with {@link #of(String)}. A key is an upper-case identifier such as
 * {@code "WIN_BACK"}.
 *
 * <p>Immutable and thread-safe.
 */
public final class TemplateKey implements Comparable<TemplateKey> {
  private static final Pattern FORM = Pattern.compile("[A-Z][A-Z0-9_]{0,63}");

  /** A newly created client card with no history of relations and no earlier status. */
  public static final TemplateKey NEW_CLIENT = new TemplateKey("NEW_CLIENT");
  /** Being worked on: an active interest, nothing won, paid or shipped. */
  public static final TemplateKey IN_PROGRESS = new TemplateKey("IN_PROGRESS");
  /** Buying: a won interest, a payment or a shipment. */
  public static final TemplateKey ACTIVE = new TemplateKey("ACTIVE");
  /** Stopped buying: nothing won, paid or shipped. */
  public static final TemplateKey LOST = new TemplateKey("LOST");
  /** A lost client being worked on again: an active interest, nothing won, paid or shipped. */
  public static final TemplateKey RETURNED = new TemplateKey("RETURNED");

  private final String name;

  private TemplateKey(String name) {
    this.name = name;
  }

  /**
   * Returns the key with the given name; predefined names give the predefined constants.
   *
   * @param name an upper-case identifier of at most 64 characters
   * @return the key
   * @throws InvalidValueException if the name is not such an identifier
   */
  public static TemplateKey of(String name) {
    if (name == null || !FORM.matcher(name).matches()) {
      throw new InvalidValueException(
          "TemplateKey", name, "must be an upper-case identifier like WIN_BACK");
    }
    for (TemplateKey key : predefined()) {
      if (key.name.equals(name)) {
        return key;
      }
    }
    return new TemplateKey(name);
  }

  /**
   * Returns the five predefined templates in their defined order.
   *
   * @return NEW_CLIENT, IN_PROGRESS, ACTIVE, LOST, RETURNED
   */
  public static java.util.List<TemplateKey> predefined() {
    return java.util.List.of(NEW_CLIENT, IN_PROGRESS, ACTIVE, LOST, RETURNED);
  }

  /**
   * Tells whether this is one of the five predefined templates.
   *
   * @return {@code true} for a predefined template
   */
  public boolean isPredefined() {
    return predefined().contains(this);
  }

  /**
   * Returns the name.
   *
   * @return the name
   */
  public String name() {
    return name;
  }

  @Override
  public int compareTo(TemplateKey other) {
    return name.compareTo(other.name);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof TemplateKey && ((TemplateKey) other).name.equals(name);
  }

  @Override
  public int hashCode() {
    return name.hashCode();
  }

  @Override
  public String toString() {
    return name;
  }
}
