package org.clientbase.testkit.generators;

import java.util.Objects;
import org.clientbase.core.field.FieldDefinition;
import org.clientbase.core.field.FieldValue;

/**
 * A custom field definition together with a value that fits it.
 *
 * @param definition the definition of the field
 * @param value a value that {@link FieldDefinition#check(FieldValue)} accepts
 */
public record CustomFieldSample(FieldDefinition definition, FieldValue value) {

  /**
   * Checks the parts are given.
   *
   * @param definition the definition of the field
   * @param value a value that fits it
   */
  public CustomFieldSample {
    Objects.requireNonNull(definition, "definition");
    Objects.requireNonNull(value, "value");
  }
}
