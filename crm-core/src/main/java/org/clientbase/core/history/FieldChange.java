package org.clientbase.core.history;

import java.util.Objects;
import java.util.Optional;
import org.clientbase.core.InvalidValueException;

/**
 * One changed field of a card: its name and the values before and after.
 *
 * <p>A standard field is named by its accessor ({@code "phones"}, {@code "responsible"}); a
 * custom field by {@code "custom."} and its key ({@code "custom.industry"}). A value is absent
 * when the field was empty: an empty {@link Optional}, an empty collection, or a custom field
 * without a value. Values are the card's own immutable values (a {@code List<Phone>}, a
 * {@code UserId}, a {@code FieldValue}).
 *
 * <p>Immutable and thread-safe.
 *
 * @param field the field name
 * @param before the value before the change, absent if the field was empty
 * @param after the value after the change, absent if the field is now empty
 */
public record FieldChange(String field, Optional<Object> before, Optional<Object> after) {
  /**
   * Checks that the change changes something.
   *
   * @param field the field name
   * @param before the value before
   * @param after the value after
   */
  public FieldChange {
    Objects.requireNonNull(field, "field");
    Objects.requireNonNull(before, "before");
    Objects.requireNonNull(after, "after");
    if (before.equals(after)) {
      throw new InvalidValueException("FieldChange " + field, before.orElse(null), "before and after are equal");
    }
  }

  /**
   * Tells whether this change concerns a custom field.
   *
   * @return {@code true} for {@code custom.*} fields
   */
  public boolean isCustomField() {
    return field.startsWith(CardSchema.CUSTOM_PREFIX);
  }

  @Override
  public String toString() {
    return field + ": " + before.map(String::valueOf).orElse("—") + " → " + after.map(String::valueOf).orElse("—");
  }
}
