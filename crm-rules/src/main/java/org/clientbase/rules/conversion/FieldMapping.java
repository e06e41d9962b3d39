package org.clientbase.rules.conversion;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.clientbase.core.field.CardConfiguration;
import org.clientbase.core.field.CardType;
import org.clientbase.core.field.FieldDefinition;
import org.clientbase.core.field.FieldType;
import org.clientbase.core.field.FieldValue;

/**
 * Which custom fields of the lead card carry over to the client or contact person card on
 * conversion, checked against the three cards' definitions when it is built.
 *
 * <pre>{@code
 * FieldMapping mapping = FieldMapping.builder(leadCard, clientCard, contactCard)
 *     .map("industry", MappingTarget.CLIENT, "industry")
 *     .map("birthdayNote", MappingTarget.CONTACT_PERSON, "note")
 *     .build();   // throws InvalidFieldMappingException listing every problem
 * }</pre>
 *
 * <p>A mapping is valid when every named field exists, the types are equal, every value of a
 * lead enumeration is also a value of the target enumeration, a reference points to the same
 * kind of entity, and no target field is fed by two lead fields. Lead fields not mapped do not
 * carry over.
 *
 * <p>Immutable and thread-safe.
 */
public final class FieldMapping {
  private static final FieldMapping NONE = new FieldMapping(List.of(), Map.of());

  /**
   * One mapped field.
   *
   * @param leadKey the lead's custom field
   * @param target the card it carries over to
   * @param targetKey the custom field on that card
   */
  public record Entry(String leadKey, MappingTarget target, String targetKey) {
    /**
     * Checks the parts.
     *
     * @param leadKey the lead's custom field
     * @param target the card it carries over to
     * @param targetKey the custom field on that card
     */
    public Entry {
      Objects.requireNonNull(leadKey, "leadKey");
      Objects.requireNonNull(target, "target");
      Objects.requireNonNull(targetKey, "targetKey");
    }
  }

  private final List<Entry> entries;
  /** The target card's definition of each entry's field: carried values are checked by it. */
  private final Map<Entry, FieldDefinition> targets;

  private FieldMapping(List<Entry> entries, Map<Entry, FieldDefinition> targets) {
    this.entries = List.copyOf(entries);
    this.targets = Map.copyOf(targets);
  }

  /**
   * Returns the mapping that carries no custom field over.
   *
   * @return the empty mapping
   */
  public static FieldMapping none() {
    return NONE;
  }

  /**
   * Returns a builder checking against the given card configurations.
   *
   * @param lead the lead card's configuration
   * @param client the client card's configuration
   * @param contactPerson the contact person card's configuration
   * @return a new builder
   */
  public static Builder builder(CardConfiguration lead, CardConfiguration client, CardConfiguration contactPerson) {
    return new Builder(lead, client, contactPerson);
  }

  /**
   * Returns the mapped fields.
   *
   * @return the entries
   */
  public List<Entry> entries() {
    return entries;
  }

  /**
   * Returns the values a lead's custom fields give a target card.
   *
   * @param leadValues the lead's custom values by key
   * @param target the target card
   * @return the target's values by key, for the mapped fields the lead has
   * @throws org.clientbase.core.InvalidValueException naming the target field if a lead's value
   *     does not fit the target card's definition (such as a choice outside its list)
   */
  public Map<String, FieldValue> carry(Map<String, FieldValue> leadValues, MappingTarget target) {
    Map<String, FieldValue> out = new LinkedHashMap<>();
    for (Entry e : entries) {
      if (e.target() == target) {
        Optional.ofNullable(leadValues.get(e.leadKey())).ifPresent(v -> {
          targets.get(e).check(v);
          out.put(e.targetKey(), v);
        });
      }
    }
    return out;
  }

  /** Builds a {@link FieldMapping}; {@link #build()} reports every problem at once. */
  public static final class Builder {
    private final CardConfiguration lead;
    private final CardConfiguration client;
    private final CardConfiguration contactPerson;
    private final List<Entry> entries = new ArrayList<>();

    private Builder(CardConfiguration lead, CardConfiguration client, CardConfiguration contactPerson) {
      this.lead = expect(lead, CardType.LEAD);
      this.client = expect(client, CardType.CLIENT);
      this.contactPerson = expect(contactPerson, CardType.CONTACT_PERSON);
    }

    private static CardConfiguration expect(CardConfiguration configuration, CardType type) {
      Objects.requireNonNull(configuration, type.name());
      if (configuration.cardType() != type) {
        throw new IllegalArgumentException(
            "expected the configuration of the " + type + " card, got " + configuration.cardType());
      }
      return configuration;
    }

    /**
     * Maps a lead field to a field of the client or contact person card.
     *
     * @param leadKey the lead's custom field
     * @param target the card it carries over to
     * @param targetKey the custom field on that card
     * @return this builder
     */
    public Builder map(String leadKey, MappingTarget target, String targetKey) {
      entries.add(new Entry(leadKey, target, targetKey));
      return this;
    }

    /**
     * Builds the mapping.
     *
     * @return the mapping
     * @throws InvalidFieldMappingException listing every problem
     */
    public FieldMapping build() {
      List<String> problems = new ArrayList<>();
      Map<String, String> fed = new LinkedHashMap<>();
      Map<Entry, FieldDefinition> targets = new LinkedHashMap<>();
      for (Entry e : entries) {
        CardConfiguration targetCard = e.target() == MappingTarget.CLIENT ? client : contactPerson;
        Optional<FieldDefinition> from = find(lead, e.leadKey());
        Optional<FieldDefinition> to = find(targetCard, e.targetKey());
        if (from.isEmpty()) {
          problems.add("lead field " + e.leadKey() + " is not defined on the lead card");
        }
        if (to.isEmpty()) {
          problems.add(e.target() + " field " + e.targetKey() + " is not defined on the " + e.target() + " card");
        }
        String previous = fed.put(e.target() + "." + e.targetKey(), e.leadKey());
        if (previous != null) {
          problems.add(e.target() + " field " + e.targetKey() + " is fed by both " + previous + " and " + e.leadKey());
        }
        if (from.isPresent() && to.isPresent()) {
          check(e, from.get(), to.get(), problems);
          targets.put(e, to.get());
        }
      }
      if (!problems.isEmpty()) {
        throw new InvalidFieldMappingException(problems);
      }
      return new FieldMapping(entries, targets);
    }

    private static void check(Entry e, FieldDefinition from, FieldDefinition to, List<String> problems) {
      String pair = "lead field " + e.leadKey() + " -> " + e.target() + " field " + e.targetKey();
      if (from.type() != to.type()) {
        problems.add(pair + ": type " + from.type() + " does not fit " + to.type());
        return;
      }
      if (from.type() == FieldType.ENUMERATION) {
        List<String> missing = from.enumerationValues().stream()
            .filter(v -> !to.enumerationValues().contains(v)).toList();
        if (!missing.isEmpty()) {
          problems.add(pair + ": enumeration values " + missing + " are missing on the target");
        }
      }
      if (from.type() == FieldType.REFERENCE && !from.referenceTarget().equals(to.referenceTarget())) {
        problems.add(pair + ": references " + from.referenceTarget().orElseThrow()
            + " but the target references " + to.referenceTarget().orElseThrow());
      }
    }

    private static Optional<FieldDefinition> find(CardConfiguration card, String key) {
      return card.customFields().stream().filter(d -> d.key().equals(key)).findFirst();
    }
  }
}
