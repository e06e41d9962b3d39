package org.clientbase.core.field;

import com.google.common.collect.ImmutableSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.clientbase.core.ClientbaseStyle;
import org.clientbase.core.InvalidValueException;
import org.clientbase.core.id.StatusId;
import org.immutables.value.Value;

/**
 * How a host configures one type of card: its custom fields, which fields the card shows,
 * which it requires, and which fields each work status obliges the manager to fill.
 *
 * <p>Fields are named by key: a standard field by its accessor name (e.g. {@code "phones"},
 * {@code "responsible"}), a custom field by its definition's key.
 *
 * <pre>{@code
 * CardConfiguration clients = CardConfiguration.builder()
 *     .cardType(CardType.CLIENT)
 *     .addCustomFields(industry)
 *     .addShownFields("name", "phones", "industry")
 *     .addRequiredFields("name")
 *     .putRequiredByStatus(StatusId.of("active"), Set.of("industry", "responsible"))
 *     .build();
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
@ClientbaseStyle
public abstract class CardConfiguration {
  CardConfiguration() {}

  /**
   * Returns the card type configured.
   *
   * @return the card type
   */
  public abstract CardType cardType();

  /**
   * Returns the custom fields of the card type.
   *
   * @return the definitions, keys unique
   */
  public abstract List<FieldDefinition> customFields();

  /**
   * Returns the fields the card shows.
   *
   * @return the shown field keys
   */
  public abstract Set<String> shownFields();

  /**
   * Returns the fields a card must have filled to be saved.
   *
   * @return the required field keys
   */
  public abstract Set<String> requiredFields();

  /**
   * Returns, per work status, the fields a client in that status must have filled.
   *
   * @return the required field keys by status
   */
  public abstract Map<StatusId, Set<String>> requiredByStatus();

  /**
   * Returns the definition of a custom field.
   *
   * @param key the field key
   * @return the definition
   * @throws InvalidValueException if no custom field has the key
   */
  public final FieldDefinition customField(String key) {
    return customFields().stream()
        .filter(d -> d.key().equals(key))
        .findFirst()
        .orElseThrow(() -> new InvalidValueException(
            cardType() + " custom field", key, "is not defined for this card type"));
  }

  /**
   * Checks custom field values against their definitions.
   *
   * @param values the values by key
   * @throws InvalidValueException for the first unknown key or value that breaks its definition
   */
  public final void checkCustomValues(Map<String, FieldValue> values) {
    values.forEach((key, value) -> customField(key).check(value));
  }

  /**
   * Validates a card's custom values against this configuration: every custom value must belong
   * to a custom field defined here and fit its definition (type, enumeration values, reference
   * target). The cards call it from their own {@code check(CardConfiguration)}, e.g.
   * {@code client.check(clientCard)}; the library calls it wherever it writes a card.
   *
   * @param type the type of the card the values belong to
   * @param card the card, as a message names it, e.g. {@code "Client c-1"}
   * @param values the card's custom values by key
   * @throws InvalidValueException naming the card and the field if this configuration is not
   *     for that type of card, or a custom value is unknown or does not fit its definition
   */
  public final void checkCard(CardType type, String card, Map<String, FieldValue> values) {
    if (cardType() != type) {
      throw new InvalidValueException(card + " configuration", cardType(),
          "is the configuration of another card type; a " + type + " configuration is needed");
    }
    values.forEach((key, value) -> {
      FieldDefinition definition = customFields().stream()
          .filter(d -> d.key().equals(key))
          .findFirst()
          .orElseThrow(() -> new InvalidValueException(
              card + " custom field", key, "is not defined for " + type + " cards"));
      try {
        definition.check(value);
      } catch (InvalidValueException e) {
        throw new InvalidValueException(card + " " + e.field(), e.value(), e.rule());
      }
    });
  }

  /**
   * Returns the fields required for a card in a status: the card's required fields and the
   * status's.
   *
   * @param status the work status
   * @return the required field keys
   */
  public final Set<String> requiredFor(StatusId status) {
    Set<String> all = new LinkedHashSet<>(requiredFields());
    all.addAll(requiredByStatus().getOrDefault(status, Set.of()));
    return ImmutableSet.copyOf(all);
  }

  /**
   * Returns the configuration of a card type without custom fields, shown or required fields:
   * a card checked against it must carry no custom values. The library's services that write
   * cards use it for a card type the host has not configured, so they refuse every custom
   * value rather than store one unchecked.
   *
   * @param type the card type
   * @return the configuration
   */
  public static CardConfiguration withoutCustomFields(CardType type) {
    return builder().cardType(type).build();
  }

  /**
   * Returns a builder.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return ImmutableCardConfiguration.builder();
  }

  @Value.Check
  final void check() {
    Set<String> keys = new LinkedHashSet<>();
    for (FieldDefinition d : customFields()) {
      if (!keys.add(d.key())) {
        throw new InvalidValueException(
            cardType() + " custom field", d.key(), "is defined twice");
      }
    }
    for (String required : requiredFields()) {
      if (!shownFields().isEmpty() && !shownFields().contains(required)) {
        throw new InvalidValueException(
            cardType() + " required field", required, "must also be shown");
      }
    }
  }

  /**
   * Builds a {@link CardConfiguration}.
   *
   * <p>Required: {@code cardType}; every other attribute is optional. A builder is not
   * thread-safe: fill it and build from one thread.
   */
  public abstract static class Builder {
    Builder() {}

    /**
     * Copies the attributes of an existing CardConfiguration into this builder: each single value
     * replaces the one set before, collection elements and map entries are added, and an empty
     * optional value leaves the value set before.
     * @param instance the value to copy
     * @return this builder
     */
    public abstract Builder from(CardConfiguration instance);
    /**
     * Sets the card type configured ({@link CardConfiguration#cardType() cardType}). Required:
     * {@code build()} fails if it is not set.
     * @param cardType the value to set
     * @return this builder
     */
    public abstract Builder cardType(CardType cardType);
    /**
     * Adds one or more elements to {@link CardConfiguration#customFields() customFields}: the
     * custom fields of the card type. Optional: empty unless elements are added.
     * @param elements the elements
     * @return this builder
     */
    public abstract Builder addCustomFields(FieldDefinition... elements);
    /**
     * Replaces {@link CardConfiguration#customFields() customFields} with the given elements: the
     * custom fields of the card type. Optional: empty unless elements are added.
     * @param elements the elements
     * @return this builder
     */
    public abstract Builder customFields(Iterable<? extends FieldDefinition> elements);
    /**
     * Adds the elements to {@link CardConfiguration#customFields() customFields}: the custom
     * fields of the card type. Optional: empty unless elements are added.
     * @param elements the elements
     * @return this builder
     */
    public abstract Builder addAllCustomFields(Iterable<? extends FieldDefinition> elements);
    /**
     * Adds one or more elements to {@link CardConfiguration#shownFields() shownFields}: the fields
     * the card shows. Optional: empty unless elements are added.
     * @param elements the elements
     * @return this builder
     */
    public abstract Builder addShownFields(String... elements);
    /**
     * Replaces {@link CardConfiguration#shownFields() shownFields} with the given elements: the
     * fields the card shows. Optional: empty unless elements are added.
     * @param elements the elements
     * @return this builder
     */
    public abstract Builder shownFields(Iterable<String> elements);
    /**
     * Adds the elements to {@link CardConfiguration#shownFields() shownFields}: the fields the
     * card shows. Optional: empty unless elements are added.
     * @param elements the elements
     * @return this builder
     */
    public abstract Builder addAllShownFields(Iterable<String> elements);
    /**
     * Adds one or more elements to {@link CardConfiguration#requiredFields() requiredFields}: the
     * fields a card must have filled to be saved. Optional: empty unless elements are added.
     * @param elements the elements
     * @return this builder
     */
    public abstract Builder addRequiredFields(String... elements);
    /**
     * Replaces {@link CardConfiguration#requiredFields() requiredFields} with the given elements:
     * the fields a card must have filled to be saved. Optional: empty unless elements are added.
     * @param elements the elements
     * @return this builder
     */
    public abstract Builder requiredFields(Iterable<String> elements);
    /**
     * Adds the elements to {@link CardConfiguration#requiredFields() requiredFields}: the fields a
     * card must have filled to be saved. Optional: empty unless elements are added.
     * @param elements the elements
     * @return this builder
     */
    public abstract Builder addAllRequiredFields(Iterable<String> elements);
    /**
     * Puts one entry into {@link CardConfiguration#requiredByStatus() requiredByStatus}: Returns,
     * per work status, the fields a client in that status must have filled. Optional: empty unless
     * entries are put.
     * @param key the key
     * @param value the value
     * @return this builder
     */
    public abstract Builder putRequiredByStatus(StatusId key, Set<String> value);
    /**
     * Puts one entry into {@link CardConfiguration#requiredByStatus() requiredByStatus}: Returns,
     * per work status, the fields a client in that status must have filled. Optional: empty unless
     * entries are put.
     * @param entry the entry to put
     * @return this builder
     */
    public abstract Builder putRequiredByStatus(Map.Entry<? extends StatusId, ? extends Set<String>> entry);
    /**
     * Replaces {@link CardConfiguration#requiredByStatus() requiredByStatus} with the given
     * entries: Returns, per work status, the fields a client in that status must have filled.
     * Optional: empty unless entries are put.
     * @param entries the entries
     * @return this builder
     */
    public abstract Builder requiredByStatus(Map<? extends StatusId, ? extends Set<String>> entries);
    /**
     * Puts the entries into {@link CardConfiguration#requiredByStatus() requiredByStatus}:
     * Returns, per work status, the fields a client in that status must have filled. Optional:
     * empty unless entries are put.
     * @param entries the entries
     * @return this builder
     */
    public abstract Builder putAllRequiredByStatus(Map<? extends StatusId, ? extends Set<String>> entries);

    /**
     * Builds the CardConfiguration, checking every rule of the type.
     *
     * @return the new value
     * @throws org.clientbase.core.MissingValuesException naming the required attributes that are not set
     */
    public abstract CardConfiguration build();
  }
}
