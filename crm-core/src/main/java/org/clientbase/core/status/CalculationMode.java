package org.clientbase.core.status;

import java.util.Objects;
import org.clientbase.core.InvalidValueException;

/**
 * How a work status is set: on a new client, automatically by a template over a look-back
 * period, or by hand.
 */
public sealed interface CalculationMode
    permits CalculationMode.ForNewClient, CalculationMode.Automatic, CalculationMode.Manual {

  /**
   * The status is set on a newly created client card that has no history of relations and no
   * earlier status.
   *
   * @return the mode
   */
  static CalculationMode forNewClient() {
    return ForNewClient.INSTANCE;
  }

  /**
   * The status is set automatically when a template's conditions hold over the last
   * {@code periodDays} days.
   *
   * @param template the template
   * @param periodDays the look-back period in days, at least 1
   * @return the mode
   * @throws InvalidValueException if the period is not positive
   */
  static CalculationMode automatic(TemplateKey template, int periodDays) {
    return new Automatic(template, periodDays);
  }

  /**
   * The status is set only by a person. This is the default for a status a host creates.
   *
   * @return the mode
   */
  static CalculationMode manual() {
    return Manual.INSTANCE;
  }

  /** Set on a newly created client; see {@link CalculationMode#forNewClient()}. */
  final class ForNewClient implements CalculationMode {
    private static final ForNewClient INSTANCE = new ForNewClient();

    private ForNewClient() {}

    @Override
    public String toString() {
      return "for a new client";
    }
  }

  /** Set by a template; see {@link CalculationMode#automatic(TemplateKey, int)}. */
  final class Automatic implements CalculationMode {
    private final TemplateKey template;
    private final int periodDays;

    private Automatic(TemplateKey template, int periodDays) {
      this.template = Objects.requireNonNull(template, "template");
      if (periodDays <= 0) {
        throw new InvalidValueException(
            "CalculationMode.periodDays", periodDays, "must be at least 1 day (template " + template + ")");
      }
      this.periodDays = periodDays;
    }

    /**
     * Returns the template.
     *
     * @return the template
     */
    public TemplateKey template() {
      return template;
    }

    /**
     * Returns the look-back period in days.
     *
     * @return the period, at least 1
     */
    public int periodDays() {
      return periodDays;
    }

    @Override
    public boolean equals(Object other) {
      return other instanceof Automatic
          && ((Automatic) other).template.equals(template)
          && ((Automatic) other).periodDays == periodDays;
    }

    @Override
    public int hashCode() {
      return template.hashCode() * 31 + periodDays;
    }

    @Override
    public String toString() {
      return "automatic, " + template + ", " + periodDays + " days";
    }
  }

  /** Set only by a person; see {@link CalculationMode#manual()}. */
  final class Manual implements CalculationMode {
    private static final Manual INSTANCE = new Manual();

    private Manual() {}

    @Override
    public String toString() {
      return "manual";
    }
  }
}
