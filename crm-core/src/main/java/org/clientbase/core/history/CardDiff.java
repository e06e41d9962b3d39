package org.clientbase.core.history;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.clientbase.core.InvalidValueException;
import org.clientbase.core.client.Client;
import org.clientbase.core.client.ContactPerson;

/**
 * The field-level difference between two versions of one card (a client or a contact person),
 * custom fields included: what the change history stores for each change.
 *
 * <p>{@code CardDiff.between(a, b).applyTo(a)} equals {@code b}. Applying a diff to a card
 * whose fields no longer hold the diff's "before" values is refused, so a diff is never
 * applied over a change it does not know about.
 *
 * <pre>{@code
 * CardDiff<Client> diff = CardDiff.between(before, after);
 * for (FieldChange change : diff.changes()) {
 *   System.out.println(change);   // e.g. "responsible: manager-1 → manager-7"
 * }
 * Client again = diff.applyTo(before);   // equals after
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 *
 * @param <C> the card type
 */
public final class CardDiff<C> {
  private final CardSchema<C, ?> schema;
  private final Object cardId;
  private final List<FieldChange> changes;

  private CardDiff(CardSchema<C, ?> schema, Object cardId, List<FieldChange> changes) {
    this.schema = schema;
    this.cardId = cardId;
    this.changes = List.copyOf(changes);
  }

  /**
   * Returns the difference between two versions of a client card.
   *
   * @param before the earlier version
   * @param after the later version, with the same id
   * @return the diff
   * @throws InvalidValueException if the ids differ
   */
  public static CardDiff<Client> between(Client before, Client after) {
    return compute(CardSchemas.CLIENT, before, after);
  }

  /**
   * Returns the difference between two versions of a contact person card.
   *
   * @param before the earlier version
   * @param after the later version, with the same id
   * @return the diff
   * @throws InvalidValueException if the ids differ
   */
  public static CardDiff<ContactPerson> between(ContactPerson before, ContactPerson after) {
    return compute(CardSchemas.CONTACT_PERSON, before, after);
  }

  private static <C> CardDiff<C> compute(CardSchema<C, ?> schema, C before, C after) {
    Object id = schema.id(before);
    if (!id.equals(schema.id(after))) {
      throw new InvalidValueException(
          schema.cardName() + " id", schema.id(after), "differs from " + id + ": a diff compares versions of one card");
    }
    Map<String, Optional<Object>> old = schema.read(before);
    Map<String, Optional<Object>> now = schema.read(after);
    Set<String> names = new LinkedHashSet<>(old.keySet());
    names.addAll(now.keySet());
    List<FieldChange> changes = new java.util.ArrayList<>();
    for (String name : names) {
      Optional<Object> a = old.getOrDefault(name, Optional.empty());
      Optional<Object> b = now.getOrDefault(name, Optional.empty());
      if (!a.equals(b)) {
        changes.add(new FieldChange(name, a, b));
      }
    }
    return new CardDiff<>(schema, id, changes);
  }

  /**
   * Returns the changed fields, standard fields first in the card's order, then custom fields.
   *
   * @return the changes; empty if the versions are equal
   */
  public List<FieldChange> changes() {
    return changes;
  }

  /**
   * Tells whether the two versions are equal.
   *
   * @return {@code true} if nothing changed
   */
  public boolean isEmpty() {
    return changes.isEmpty();
  }

  /**
   * Returns the names of the changed fields.
   *
   * @return the field names
   */
  public Set<String> changedFields() {
    Set<String> names = new LinkedHashSet<>();
    changes.forEach(c -> names.add(c.field()));
    return names;
  }

  /**
   * Applies this diff to a card that is in the diff's "before" state.
   *
   * @param card the card, with the diff's id and with every changed field at its "before"
   *     value
   * @return the card with every changed field at its "after" value
   * @throws InvalidValueException if the card is another card or a changed field does not hold
   *     its "before" value
   */
  public C applyTo(C card) {
    Object id = schema.id(card);
    if (!id.equals(cardId)) {
      throw new InvalidValueException(schema.cardName() + " id", id, "this diff is of " + cardId);
    }
    Map<String, Optional<Object>> current = schema.read(card);
    Map<String, Optional<Object>> target = new LinkedHashMap<>();
    for (FieldChange change : changes) {
      Optional<Object> value = current.getOrDefault(change.field(), Optional.empty());
      if (!value.equals(change.before())) {
        throw new InvalidValueException(
            schema.cardName() + " " + id + " " + change.field(), value.orElse(null),
            "expected " + change.before().map(String::valueOf).orElse("no value") + " before the change");
      }
      target.put(change.field(), change.after());
    }
    return schema.write(card, target);
  }

  /**
   * Returns the diff that undoes this one: applied to the "after" card it gives the "before"
   * card.
   *
   * @return the reverse diff
   */
  public CardDiff<C> reversed() {
    return new CardDiff<>(schema, cardId,
        changes.stream().map(c -> new FieldChange(c.field(), c.after(), c.before())).toList());
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof CardDiff<?> d && d.cardId.equals(cardId) && d.changes.equals(changes);
  }

  @Override
  public int hashCode() {
    return Objects.hash(cardId, changes);
  }

  @Override
  public String toString() {
    return schema.cardName() + " " + cardId + " " + changes;
  }
}
