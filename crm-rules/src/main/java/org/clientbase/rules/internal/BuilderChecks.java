package org.clientbase.rules.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.clientbase.core.InvalidValueException;
import org.clientbase.core.MissingValuesException;
import org.clientbase.core.field.CardConfiguration;
import org.clientbase.core.field.CardType;

/**
 * The checks the builders of the client base services share: a setting is given once and is
 * not {@code null} ({@link InvalidValueException} at once, naming the service, the setting and
 * the value), and {@code build()} names every required part still missing at once
 * ({@link MissingValuesException}).
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
   * Returns the service's name.
   *
   * @return the name, e.g. {@code "TaskService"}
   */
  public String service() {
    return service;
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
   * Accepts the configuration of one type of card, given for the first time.
   *
   * @param setting the setting's name, e.g. {@code "clientCard"}
   * @param current the configuration set before, or {@code null}
   * @param value the new configuration
   * @param type the card type the configuration must be for
   * @return the new configuration
   * @throws InvalidValueException if the configuration is {@code null}, was set before, or is
   *     for another type of card
   */
  public CardConfiguration card(String setting, CardConfiguration current, CardConfiguration value, CardType type) {
    CardConfiguration accepted = once(setting, current, value);
    if (accepted.cardType() != type) {
      throw invalid(setting, accepted.cardType(), "is the configuration of another card type; a " + type
          + " configuration is needed");
    }
    return accepted;
  }

  /**
   * Returns the card configuration a service was given, or the one of no custom fields.
   *
   * @param given the configuration set on the builder, or {@code null}
   * @param type the card type
   * @return the configuration to check cards against
   */
  public static CardConfiguration cardOrNone(CardConfiguration given, CardType type) {
    return given != null ? given : CardConfiguration.withoutCustomFields(type);
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

  /**
   * Starts the check of the required parts, made when {@code build()} is called.
   *
   * @return an empty check
   */
  public Required required() {
    return new Required(service);
  }

  /**
   * The required parts of one {@code build()} call: each is named with its value, and
   * {@link #check()} throws one exception naming every part that is {@code null}.
   */
  public static final class Required {
    private final String service;
    private final List<String> missing = new ArrayList<>();

    private Required(String service) {
      this.service = service;
    }

    /**
     * Names a required part.
     *
     * @param name the setting's name
     * @param value its value, {@code null} when it was not set
     * @return this check
     */
    public Required part(String name, Object value) {
      if (value == null) {
        missing.add(name);
      }
      return this;
    }

    /**
     * Names a required part that is set when a condition holds.
     *
     * @param name the setting's name
     * @param present whether it was set
     * @return this check
     */
    public Required part(String name, boolean present) {
      if (!present) {
        missing.add(name);
      }
      return this;
    }

    /**
     * Throws when any named part is missing.
     *
     * @throws MissingValuesException naming every missing part, in the order they were named
     */
    public void check() {
      if (!missing.isEmpty()) {
        throw new MissingValuesException(service, missing);
      }
    }
  }
}
