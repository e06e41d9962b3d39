package org.clientbase.core.status;

import java.util.Optional;
import org.clientbase.core.Checks;
import org.clientbase.core.ClientbaseStyle;
import org.clientbase.core.id.StatusId;
import org.immutables.value.Value;

/**
 * The definition of one work status: its id, name, colour, place in the order and how it is
 * calculated.
 *
 * <pre>{@code
 * WorkStatus active = WorkStatus.builder()
 *     .id(StatusId.of("active"))
 *     .name("Active")
 *     .colour(Colour.of("#2E7D32"))
 *     .order(3)
 *     .mode(CalculationMode.automatic(TemplateKey.ACTIVE, 30))
 *     .build();
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
@ClientbaseStyle
public abstract class WorkStatus {
  WorkStatus() {}

  /**
   * Returns the id, unique in a scheme.
   *
   * @return the id
   */
  public abstract StatusId id();

  /**
   * Returns the name shown to users, e.g. "Активный".
   *
   * @return the name
   */
  public abstract String name();

  /**
   * Returns the colour in which the status is shown, if the host chose one.
   *
   * @return the colour
   */
  public abstract Optional<Colour> colour();

  /**
   * Returns the place of the status in lists and reports; smaller comes first.
   *
   * @return the order
   */
  public abstract int order();

  /**
   * Returns how the status is set.
   *
   * @return the calculation mode
   */
  public abstract CalculationMode mode();

  /**
   * Returns the template bound to this status, for an automatic status.
   *
   * @return the template
   */
  public final Optional<TemplateKey> template() {
    return mode() instanceof CalculationMode.Automatic a ? Optional.of(a.template()) : Optional.empty();
  }

  /**
   * Returns a builder.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return ImmutableWorkStatus.builder();
  }

  @Value.Check
  final void check() {
    Checks.checkNormalisedText("WorkStatus " + id() + " name", name());
  }

  /**
   * Builds a {@link WorkStatus}.
   *
   * <p>Required: {@code id}, {@code name}, {@code order}, {@code mode}; every other attribute is
   * optional. A builder is not thread-safe: fill it and build from one thread.
   */
  public abstract static class Builder {
    Builder() {}

    /**
     * Copies the attributes of an existing WorkStatus into this builder: each single value
     * replaces the one set before, collection elements and map entries are added, and an empty
     * optional value leaves the value set before.
     * @param instance the value to copy
     * @return this builder
     */
    public abstract Builder from(WorkStatus instance);
    /**
     * Sets the id, unique in a scheme ({@link WorkStatus#id() id}). Required: {@code build()}
     * fails if it is not set.
     * @param id the value to set
     * @return this builder
     */
    public abstract Builder id(StatusId id);
    /**
     * Sets the name shown to users, e.g. "Активный" ({@link WorkStatus#name() name}). Required:
     * {@code build()} fails if it is not set.
     * @param name the value to set
     * @return this builder
     */
    public abstract Builder name(String name);
    /**
     * Sets the colour in which the status is shown, if the host chose one
     * ({@link WorkStatus#colour() colour}). Optional: empty unless set.
     * @param colour the value to set
     * @return this builder
     */
    public abstract Builder colour(Colour colour);
    /**
     * Sets the colour in which the status is shown, if the host chose one
     * ({@link WorkStatus#colour() colour}), or clears it when empty. Optional: empty unless set.
     * @param colour the value to set, or empty to clear it
     * @return this builder
     */
    public abstract Builder colour(Optional<? extends Colour> colour);
    /**
     * Sets the place of the status in lists and reports; smaller comes first
     * ({@link WorkStatus#order() order}). Required: {@code build()} fails if it is not set.
     * @param order the value to set
     * @return this builder
     */
    public abstract Builder order(int order);
    /**
     * Sets how the status is set ({@link WorkStatus#mode() mode}). Required: {@code build()} fails
     * if it is not set.
     * @param mode the value to set
     * @return this builder
     */
    public abstract Builder mode(CalculationMode mode);

    /**
     * Builds the WorkStatus, checking every rule of the type.
     *
     * @return the new value
     * @throws org.clientbase.core.MissingValuesException naming the required attributes that are not set
     */
    public abstract WorkStatus build();
  }
}
