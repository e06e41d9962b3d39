package org.clientbase.spi.matching;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.clientbase.core.field.CardType;
import org.clientbase.core.id.EntityId;

/**
 * An index from blocking keys to the cards that have them, through which the library finds the
 * candidate duplicates of a card without reading the whole base.
 *
 * <p>A blocking key is a short text the library computes from a card (for example {@code
 * "tel:+79161234567"}, {@code "inn:7707083893"} or a transliteration-proof name key); two cards
 * that may be duplicates share at least one key. The host stores the keys the library hands it,
 * typically in a table {@code (card_type, card_id, key)} with an index on {@code (card_type,
 * key)}, and answers lookups from it. Cards are leads, clients and contact persons, named by
 * their {@link org.clientbase.core.id.LeadId}, {@link org.clientbase.core.id.ClientId} or
 * {@link org.clientbase.core.id.ContactPersonId}.
 *
 * <p>Guarantees the host must give:
 * <ul>
 *   <li>{@link #put} replaces every key of the card with the given ones, atomically per card,
 *       and takes part in the current {@link org.clientbase.spi.UnitOfWork} if one is running;
 *       putting the same keys again changes nothing;</li>
 *   <li>{@link #remove} drops every key of the card; removing a card that has none is not an
 *       error;</li>
 *   <li>{@link #find} sees every {@code put} and {@code remove} that returned before it and
 *       returns, for each key asked for, the cards of the asked type that have it, in id order
 *       ({@link String#compareTo} of the id text), at most {@code limitPerKey} of them; keys
 *       that no card has are left out of the result;</li>
 *   <li>cards of different types never mix: a client and a lead with the same id text are
 *       different cards.</li>
 * </ul>
 *
 * <p>The library asks with a limit one above the largest block it is willing to compare and
 * treats a key that comes back full as too common to tell duplicates apart, so a host need
 * never return more than the limit.
 */
public interface MatchKeyIndex {

  /**
   * Replaces the keys of a card.
   *
   * @param card the card: a lead, client or contact person id
   * @param keys the card's keys; an empty set removes the card from the index
   */
  void put(EntityId card, Set<String> keys);

  /**
   * Removes every key of a card.
   *
   * @param card the card
   */
  void remove(EntityId card);

  /**
   * Returns the keys the index holds for a card.
   *
   * @param card the card
   * @return its keys; empty if the card is not indexed
   */
  Set<String> keys(EntityId card);

  /**
   * Finds the cards of one type that have any of the given keys.
   *
   * @param type the card type: {@link CardType#LEAD}, {@link CardType#CLIENT} or {@link
   *     CardType#CONTACT_PERSON}
   * @param keys the keys to look up
   * @param limitPerKey the largest number of cards to return for one key, at least 1
   * @return for each key that some card has, the first {@code limitPerKey} such cards in id
   *     order
   */
  Map<String, List<EntityId>> find(CardType type, Collection<String> keys, int limitPerKey);
}
