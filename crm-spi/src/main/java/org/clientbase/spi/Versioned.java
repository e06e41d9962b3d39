package org.clientbase.spi;

import java.util.Objects;
import org.clientbase.core.InvalidValueException;

/**
 * A stored value with the version under which the store holds it.
 *
 * <p>Versions make concurrent writes safe: an update names the version it was computed from,
 * and the store rejects it with a {@link StaleWriteException} if the stored version has moved
 * on. A newly inserted value has version 1; each update adds 1.
 *
 * @param value the stored value
 * @param version the version, at least 1
 * @param <T> the type of the value
 */
public record Versioned<T>(T value, long version) {
  /**
   * Checks the parts.
   *
   * @param value the stored value
   * @param version the version, at least 1
   */
  public Versioned {
    Objects.requireNonNull(value, "value");
    if (version < 1) {
      throw new InvalidValueException("Versioned.version", version, "must be at least 1");
    }
  }

  /**
   * Returns a value at version 1, as a store holds it right after inserting it.
   *
   * @param value the value
   * @param <T> the type of the value
   * @return the first version
   */
  public static <T> Versioned<T> first(T value) {
    return new Versioned<>(value, 1);
  }

  /**
   * Returns the next version holding a new value, as a store holds it after an update.
   *
   * @param next the new value
   * @return the next version
   */
  public Versioned<T> next(T next) {
    return new Versioned<>(next, version + 1);
  }
}
