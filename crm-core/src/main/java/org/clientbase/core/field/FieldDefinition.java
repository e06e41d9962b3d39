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
    return new Builder();
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

  /** Builds a {@link FieldDefinition}; {@code build()} checks every rule of the type. */
  public static final class Builder extends ImmutableFieldDefinition.Builder {
    Builder() {}
  }
}
