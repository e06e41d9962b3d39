package org.clientbase.spi.matching;

import java.util.Objects;
import org.clientbase.core.Checks;
import org.clientbase.core.id.EntityId;

/**
 * A field in which a merged card held a value other than the survivor's: the survivor kept its
 * own, and the other value is kept here, in the merge's history, so that nothing is lost.
 *
 * @param field the field name, as the change history names it (e.g. {@code "comment"}, {@code
 *     "custom.industry"})
 * @param from the merged card that held the other value
 * @param kept the survivor's value, as text
 * @param other the merged card's value, as text
 */
public record FieldConflict(String field, EntityId from, String kept, String other) {
  /**
   * Checks the parts.
   *
   * @param field the field name
   * @param from the merged card
   * @param kept the survivor's value
   * @param other the merged card's value
   */
  public FieldConflict {
    Checks.requireText("FieldConflict.field", field);
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(kept, "kept");
    Objects.requireNonNull(other, "other");
  }

  @Override
  public String toString() {
    return field + ": kept " + kept + ", " + from + " had " + other;
  }
}
