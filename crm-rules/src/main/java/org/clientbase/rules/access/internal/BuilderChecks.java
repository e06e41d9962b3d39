package org.clientbase.rules.access.internal;

import java.util.Objects;
import org.clientbase.core.InvalidValueException;

/**
 * The checks the builders of the client base services share: a collaborator or setting is
 * given once, is not {@code null}, and is set before {@code build()}. Each failure names the
 * service, the setting and the value.
 */
public final class BuilderChecks {
  private final String service;

  /**
   * Creates the checks for one service's builder.
   *
   * @param service the service's name, e.g. {@code "TaskService"}
   */
  public BuilderChecks(String service) {
    this.service = Objects.requireNonNull(service, "service");
  }

  /**
   * Accepts a setting given for the first time.
   *
   * @param setting the setting's name
   * @param current the value set before, or {@code null}
   * @param value the new value
   * @param <T> the type of the setting
   * @return the new value
   * @throws InvalidValueException if the value is {@code null} or the setting was set before
   */
  public <T> T once(String setting, T current, T value) {
    if (value == null) {
      throw new InvalidValueException(service + "." + setting, null, "must be given");
    }
    if (current != null) {
      throw new InvalidValueException(service + "." + setting, value, "was already set to " + current);
    }
    return value;
  }

  /**
   * Requires a setting to have been set.
   *
   * @param setting the setting's name
   * @param value its value
   * @param <T> the type of the setting
   * @return the value
   * @throws InvalidValueException if the value is {@code null}
   */
  public <T> T required(String setting, T value) {
    if (value == null) {
      throw new InvalidValueException(service + "." + setting, null, "must be set before build()");
    }
    return value;
  }

  /**
   * Accepts a whole number within bounds.
   *
   * @param setting the setting's name
   * @param value the value
   * @param min the least value allowed
   * @param max the greatest value allowed
   * @return the value
   * @throws InvalidValueException if the value is out of bounds
   */
  public int within(String setting, int value, int min, int max) {
    if (value < min || value > max) {
      throw new InvalidValueException(service + "." + setting, value, "must be from " + min + " to " + max);
    }
    return value;
  }

  /**
   * Returns an error about a setting.
   *
   * @param setting the setting's name
   * @param value the value
   * @param rule the rule it breaks
   * @return the exception, to throw
   */
  public InvalidValueException invalid(String setting, Object value, String rule) {
    return new InvalidValueException(service + "." + setting, value, rule);
  }
}
