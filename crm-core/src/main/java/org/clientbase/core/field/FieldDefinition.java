package org.clientbase.core.field;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.clientbase.core.Checks;
import org.clientbase.core.ClientbaseStyle;
import org.clientbase.core.InvalidValueException;
import org.immutables.value.Value;

/**
 * The definition of a custom field ("+ own attribute"): its key, label and type, with the
 * list of values of an enumeration or the target of a reference.
 *
 * <pre>{@code
 * FieldDefinition industry = FieldDefinition.builder()
 *     .key("industry")
 *     .label("Industry")
 *     .type(FieldType.ENUMERATION)
 *     .addEnumerationValues("Retail", "Manufacturing")
 *     .build();
 * industry.check(FieldValue.choice("Retail"));     // fine
 * industry.check(FieldValue.choice("Farming"));    // InvalidValueException
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
@ClientbaseStyle
public abstract class FieldDefinition {
  private static final Pattern KEY = Pattern.compile("[a-z][a-zA-Z0-9_]{0,63}");

  FieldDefinition() {}

  /**
   * Returns the key under which cards store the value: a lower camel-case identifier.
   *
   * @return the key
   */
  public abstract String key();

  /**
   * Returns the label shown to users.
   *
   * @return the label
   */
  public abstract String label();

  /**
   * Returns the type.
   *
   * @return the type
   */
  public abstract FieldType type();

  /**
   * Returns the allowed values of an enumeration field; empty for other types.
   *
   * @return the values, in the order shown to users
   */
  public abstract List<String> enumerationValues();

  /**
   * Returns the kind of entity a reference field points to; empty for other types.
   *
   * @return the target
   */
  public abstract Optional<ReferenceTarget> referenceTarget();

  /**
   * Checks a value against this definition.
   *
   * @param value the value
   * @throws InvalidValueException naming the field if the value has the wrong type, is not one
   *     of the enumeration's values, or references the wrong kind of entity
   */
  public final void check(FieldValue value) {
    String field = "custom field " + key();
    if (value.type() != type()) {
      throw new InvalidValueException(
          field, describe(value), "expected a " + type() + " value, got " + value.type());
    }
    if (value instanceof FieldValue.Choice choice && !enumerationValues().contains(choice.choice())) {
      throw new InvalidValueException(
          field, choice.choice(), "is not one of " + enumerationValues());
    }
    if (value instanceof FieldValue.Reference reference) {
      ReferenceTarget target = referenceTarget().orElseThrow();
      if (!target.idType().isInstance(reference.id())) {
        throw new InvalidValueException(
            field, reference.id(),
            "must reference a " + target + ", not a " + reference.id().getClass().getSimpleName());
      }
    }
  }

  private static String describe(FieldValue value) {
    return value.toString();
  }

  /**
   * Returns a builder.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return ImmutableFieldDefinition.builder();
  }

  @Value.Check
  final void validate() {
    if (!KEY.matcher(key()).matches()) {
      throw new InvalidValueException(
          "FieldDefinition.key", key(), "must be a camel-case identifier like industryCode");
    }
    Checks.checkNormalisedText("FieldDefinition " + key() + " label", label());
    boolean enumeration = type() == FieldType.ENUMERATION;
    if (enumeration && enumerationValues().isEmpty()) {
      throw new InvalidValueException(
          "FieldDefinition " + key() + " enumerationValues", "[]", "an enumeration needs at least one value");
    }
    if (!enumeration && !enumerationValues().isEmpty()) {
      throw new InvalidValueException(
          "FieldDefinition " + key() + " enumerationValues", enumerationValues(),
          "only an enumeration has values, this field is " + type());
    }
    if (enumerationValues().stream().distinct().count() != enumerationValues().size()) {
      throw new InvalidValueException(
          "FieldDefinition " + key() + " enumerationValues", enumerationValues(), "must not repeat a value");
    }
    for (String v : enumerationValues()) {
      Checks.checkNormalisedText("FieldDefinition " + key() + " enumeration value", v);
    }
    boolean reference = type() == FieldType.REFERENCE;
    if (reference != referenceTarget().isPresent()) {
      throw new InvalidValueException(
          "FieldDefinition " + key() + " referenceTarget", referenceTarget().orElse(null),
          reference ? "is required for a reference field" : "is allowed only for a reference field");
    }
  }

  /**
   * Builds a {@link FieldDefinition}; {@code build()} checks every rule of the type.
   *
   * <p>Required: {@code key}, {@code label}, {@code type}; every other attribute is optional. A
   * builder is not thread-safe: fill it and build from one thread.
   */
  public abstract static class Builder {
    Builder() {}

    /**
     * Copies the attributes of an existing FieldDefinition into this builder: each single value
     * replaces the one set before, collection elements and map entries are added, and an empty
     * optional value leaves the value set before.
     * @param instance the value to copy
     * @return this builder
     */
    public abstract Builder from(FieldDefinition instance);
    /**
     * Sets the key under which cards store the value: a lower camel-case identifier
     * ({@link FieldDefinition#key() key}). Required: {@code build()} fails if it is not set.
     * @param key the key
     * @return this builder
     */
    public abstract Builder key(String key);
    /**
     * Sets the label shown to users ({@link FieldDefinition#label() label}). Required:
     * {@code build()} fails if it is not set.
     * @param label the value to set
     * @return this builder
     */
    public abstract Builder label(String label);
    /**
     * Sets the type ({@link FieldDefinition#type() type}). Required: {@code build()} fails if it
     * is not set.
     * @param type the value to set
     * @return this builder
     */
    public abstract Builder type(FieldType type);
    /**
     * Adds one or more elements to {@link FieldDefinition#enumerationValues() enumerationValues}:
     * the allowed values of an enumeration field; empty for other types. Optional: empty unless
     * elements are added.
     * @param elements the elements
     * @return this builder
     */
    public abstract Builder addEnumerationValues(String... elements);
    /**
     * Replaces {@link FieldDefinition#enumerationValues() enumerationValues} with the given
     * elements: the allowed values of an enumeration field; empty for other types. Optional: empty
     * unless elements are added.
     * @param elements the elements
     * @return this builder
     */
    public abstract Builder enumerationValues(Iterable<String> elements);
    /**
     * Adds the elements to {@link FieldDefinition#enumerationValues() enumerationValues}: the
     * allowed values of an enumeration field; empty for other types. Optional: empty unless
     * elements are added.
     * @param elements the elements
     * @return this builder
     */
    public abstract Builder addAllEnumerationValues(Iterable<String> elements);
    /**
     * Sets the kind of entity a reference field points to; empty for other types
     * ({@link FieldDefinition#referenceTarget() referenceTarget}). Optional: empty unless set.
     * @param referenceTarget the value to set
     * @return this builder
     */
    public abstract Builder referenceTarget(ReferenceTarget referenceTarget);
    /**
     * Sets the kind of entity a reference field points to; empty for other types
     * ({@link FieldDefinition#referenceTarget() referenceTarget}), or clears it when empty.
     * Optional: empty unless set.
     * @param referenceTarget the value to set, or empty to clear it
     * @return this builder
     */
    public abstract Builder referenceTarget(Optional<? extends ReferenceTarget> referenceTarget);

    /**
     * Builds the FieldDefinition, checking every rule of the type.
     *
     * @return the new value
     * @throws org.clientbase.core.MissingValuesException naming the required attributes that are not set
     */
    public abstract FieldDefinition build();
  }
}
