package org.clientbase.memory;

import java.util.Collection;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import org.clientbase.core.InvalidValueException;
import org.clientbase.core.field.CardType;
import org.clientbase.core.id.ClientId;
import org.clientbase.core.id.ContactPersonId;
import org.clientbase.core.id.EntityId;
import org.clientbase.core.id.LeadId;
import org.clientbase.spi.matching.MatchKeyIndex;

/**
 * An in-memory {@link MatchKeyIndex}: per card type, a hash map from a key to the ids of the cards
 * that have the key, sorted by id text. Writes take part in the {@link InMemoryUnitOfWork};
 * every call first consults the {@link FaultInjector}, so a failing call has no effect.
 * Thread-safe.
 *
 * <pre>{@code
 * index.put(ClientId.of("c-1"), Set.of("tel:+79161234567", "inn:7707083893"));
 * index.find(CardType.CLIENT, List.of("tel:+79161234567"), 100); // {tel:+79161234567=[c-1]}
 * }</pre>
 */
public final class InMemoryMatchKeyIndex implements MatchKeyIndex {
  private static final String OPERATION = "MatchKeyIndex.";

  private final InMemoryUnitOfWork unitOfWork;
  private final FaultInjector faults;
  private final ConcurrentHashMap<EntityId, Set<String>> keysByCard = new ConcurrentHashMap<>();
  /** Per type and key, the cards in id order, as an array that is replaced, never changed. */
  private final Map<CardType, ConcurrentHashMap<String, EntityId[]>> cardsByKey =
      new EnumMap<>(Map.of(
          CardType.LEAD, new ConcurrentHashMap<>(),
          CardType.CLIENT, new ConcurrentHashMap<>(),
          CardType.CONTACT_PERSON, new ConcurrentHashMap<>()));

  /** Creates an empty index with its own unit of work and no fault injection. */
  public InMemoryMatchKeyIndex() {
    this(new InMemoryUnitOfWork(), new FaultInjector());
  }

  /**
   * Creates an empty index.
   *
   * @param unitOfWork the unit of work its writes take part in
   * @param faults the fault injector consulted before every call
   */
  public InMemoryMatchKeyIndex(InMemoryUnitOfWork unitOfWork, FaultInjector faults) {
    this.unitOfWork = Objects.requireNonNull(unitOfWork, "unitOfWork");
    this.faults = Objects.requireNonNull(faults, "faults");
  }

  /**
   * Replaces the keys of a card.
   *
   * @param card a lead, client or contact person id
   * @param keys the card's keys; an empty set removes the card
   * @throws InvalidValueException if the card is of another type or a key is blank
   * @throws InjectedFailure if the fault injector fails this call; nothing is written
   */
  @Override
  public void put(EntityId card, Set<String> keys) {
    typeOf(card);
    Objects.requireNonNull(keys, "keys");
    for (String key : keys) {
      if (key == null || key.isBlank()) {
        throw new InvalidValueException("MatchKeyIndex key of " + card, key, "must not be blank");
      }
    }
    Set<String> copy = Set.copyOf(keys);
    faults.beforeCall(OPERATION + "put", true);
    unitOfWork.write(() -> {
      Set<String> before = replace(card, copy);
      unitOfWork.onUndo(() -> replace(card, before));
      return null;
    });
  }

  /**
   * Removes every key of a card.
   *
   * @param card the card
   * @throws InjectedFailure if the fault injector fails this call; nothing is written
   */
  @Override
  public void remove(EntityId card) {
    typeOf(card);
    faults.beforeCall(OPERATION + "remove", true);
    unitOfWork.write(() -> {
      Set<String> before = replace(card, Set.of());
      unitOfWork.onUndo(() -> replace(card, before));
      return null;
    });
  }

  @Override
  public Set<String> keys(EntityId card) {
    typeOf(card);
    faults.beforeCall(OPERATION + "keys", false);
    return keysByCard.getOrDefault(card, Set.of());
  }

  /**
   * Finds the cards of one type that have any of the keys.
   *
   * @param type the card type
   * @param keys the keys
   * @param limitPerKey the most cards returned per key, at least 1
   * @return per key found, the first cards in id order
   * @throws InvalidValueException if the limit is below 1
   */
  @Override
  public Map<String, List<EntityId>> find(CardType type, Collection<String> keys, int limitPerKey) {
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(keys, "keys");
    if (limitPerKey < 1) {
      throw new InvalidValueException("MatchKeyIndex limitPerKey", limitPerKey, "must be at least 1");
    }
    faults.beforeCall(OPERATION + "find", false);
    Map<String, List<EntityId>> found = new LinkedHashMap<>();
    ConcurrentHashMap<String, EntityId[]> byKey = cardsByKey.get(type);
    if (byKey == null) {
      return Map.of();
    }
    for (String key : keys) {
      EntityId[] cards = byKey.get(key);
      if (cards != null) {
        List<EntityId> all = Collections.unmodifiableList(Arrays.asList(cards));
        found.put(key, cards.length <= limitPerKey ? all : all.subList(0, limitPerKey));
      }
    }
    return Collections.unmodifiableMap(found);
  }

  /**
   * Returns every indexed card with its keys, for assertions in tests. Not counted by the fault
   * injector.
   *
   * @return a copy of the index, by card id text
   */
  public Map<String, Set<String>> all() {
    Map<String, Set<String>> copy = new TreeMap<>();
    keysByCard.forEach((card, keys) -> copy.put(typeOf(card) + " " + card.value(), keys));
    return Collections.unmodifiableMap(copy);
  }

  /**
   * Returns how many cards have keys. Not counted by the fault injector.
   *
   * @return the number of indexed cards
   */
  public int size() {
    return keysByCard.size();
  }

  /** Replaces a card's keys under the lock and returns the keys it had. */
  private Set<String> replace(EntityId card, Set<String> keys) {
    ConcurrentHashMap<String, EntityId[]> byKey = cardsByKey.get(typeOf(card));
    Set<String> before = keysByCard.getOrDefault(card, Set.of());
    for (String key : keys) {
      if (!before.contains(key)) {
        byKey.merge(key, new EntityId[] {card}, InMemoryMatchKeyIndex::with);
      }
    }
    if (keys.isEmpty()) {
      keysByCard.remove(card);
    } else {
      keysByCard.put(card, keys);
    }
    for (String key : before) {
      if (!keys.contains(key)) {
        byKey.computeIfPresent(key, (k, cards) -> without(cards, card));
      }
    }
    return before;
  }

  /** The cards with one more, kept in id order and without repeats. */
  private static EntityId[] with(EntityId[] cards, EntityId[] added) {
    EntityId card = added[0];
    int at = Arrays.binarySearch(cards, card);
    if (at >= 0) {
      return cards;
    }
    int insert = -at - 1;
    EntityId[] grown = new EntityId[cards.length + 1];
    System.arraycopy(cards, 0, grown, 0, insert);
    grown[insert] = card;
    System.arraycopy(cards, insert, grown, insert + 1, cards.length - insert);
    return grown;
  }

  /** The cards without one; {@code null} when none is left, which removes the key. */
  private static EntityId[] without(EntityId[] cards, EntityId card) {
    int at = Arrays.binarySearch(cards, card);
    if (at < 0) {
      return cards;
    }
    if (cards.length == 1) {
      return null;
    }
    EntityId[] shrunk = new EntityId[cards.length - 1];
    System.arraycopy(cards, 0, shrunk, 0, at);
    System.arraycopy(cards, at + 1, shrunk, at, cards.length - at - 1);
    return shrunk;
  }

  private static CardType typeOf(EntityId card) {
    Objects.requireNonNull(card, "card");
    if (card instanceof ClientId) {
      return CardType.CLIENT;
    }
    if (card instanceof ContactPersonId) {
      return CardType.CONTACT_PERSON;
    }
    if (card instanceof LeadId) {
      return CardType.LEAD;
    }
    throw new InvalidValueException("MatchKeyIndex card", card.getClass().getSimpleName() + " " + card,
        "must be a lead, client or contact person id");
  }
}
