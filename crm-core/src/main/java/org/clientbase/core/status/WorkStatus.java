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
    return new Builder();
  }

  @Value.Check
  final void check() {
    Checks.checkNormalisedText("WorkStatus " + id() + " name", name());
  }

  /** Builds a {@link WorkStatus}. */
  public static final class Builder extends ImmutableWorkStatus.Builder {
    Builder() {}
  }
}
