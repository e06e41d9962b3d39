package org.clientbase.rules.requisites;

import java.util.Objects;

/**
 * A requisite the card already holds with another value than the registry's. Auto-fill never
 * overwrites a value; it reports the difference for a person to decide.
 *
 * <p>Immutable and thread-safe.
 *
 * @param field the field, e.g. {@code "legalName"} or {@code "kpp"}
 * @param onCard the card's value
 * @param inRegistry the registry's value
 */
public record RequisiteConflict(String field, String onCard, String inRegistry) {
  /**
   * Checks the parts.
   *
   * @param field the field
   * @param onCard the card's value
   * @param inRegistry the registry's value
   */
  public RequisiteConflict {
    Objects.requireNonNull(field, "field");
    Objects.requireNonNull(onCard, "onCard");
    Objects.requireNonNull(inRegistry, "inRegistry");
  }
}
