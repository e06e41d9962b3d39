package org.clientbase.rules.matching;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.clientbase.core.InvalidValueException;
import org.clientbase.core.field.CardType;
import org.clientbase.core.id.ClientId;
import org.clientbase.core.id.ContactPersonId;
import org.clientbase.core.id.EntityId;
import org.clientbase.core.id.UserId;

/**
 * A request to merge duplicate cards into one: which cards (clients, or contact persons), which
 * survives, a note for the history of merges and, if the merger records card history, who the
 * card changes are attributed to. Immutable.
 *
 * <pre>{@code
 * MergeRequest.ofClients(List.of(ClientId.of("c-1"), ClientId.of("c-7")))
 *     .withSurvivor(ClientId.of("c-1"))
 *     .withNote(match.explain())
 *     .withAuthor(UserId.of("manager-1"));
 * MergeRequest.ofContactPersons(group).choosing(SurvivorChoice.OLDEST);
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
public final class MergeRequest {
  private final CardType type;
  private final List<EntityId> cards;
  private final SurvivorChoice choice;
  private final Optional<EntityId> survivor;
  private final String note;
  private final Optional<UserId> author;

  private MergeRequest(CardType type, List<EntityId> cards, SurvivorChoice choice, Optional<EntityId> survivor,
      String note, Optional<UserId> author) {
    this.type = type;
    this.cards = cards;
    this.choice = choice;
    this.survivor = survivor;
    this.note = note;
    this.author = author;
  }

  /**
   * Returns a request to merge clients; the survivor is the most complete unless chosen
   * otherwise.
   *
   * @param clients the clients, at least two different ones
   * @return the request
   * @throws InvalidValueException if fewer than two different clients are given
   */
  public static MergeRequest ofClients(Collection<ClientId> clients) {
    return new MergeRequest(CardType.CLIENT, distinct("clients", clients), SurvivorChoice.MOST_COMPLETE,
        Optional.empty(), "", Optional.empty());
  }

  /**
   * Returns a request to merge contact persons; the survivor is the most complete unless chosen
   * otherwise.
   *
   * @param persons the contact persons, at least two different ones
   * @return the request
   * @throws InvalidValueException if fewer than two different contact persons are given
   */
  public static MergeRequest ofContactPersons(Collection<ContactPersonId> persons) {
    return new MergeRequest(CardType.CONTACT_PERSON, distinct("contact persons", persons),
        SurvivorChoice.MOST_COMPLETE, Optional.empty(), "", Optional.empty());
  }

  private static List<EntityId> distinct(String what, Collection<? extends EntityId> ids) {
    Objects.requireNonNull(ids, what);
    LinkedHashSet<EntityId> set = new LinkedHashSet<>();
    for (EntityId id : ids) {
      set.add(Objects.requireNonNull(id, what + " id"));
    }
    if (set.size() < 2) {
      throw new InvalidValueException("MergeRequest " + what, ids, "needs at least two different cards");
    }
    return List.copyOf(new ArrayList<>(set));
  }

  /**
   * Returns this request with the survivor chosen by a rule.
   *
   * @param value the rule
   * @return the changed request
   */
  public MergeRequest choosing(SurvivorChoice value) {
    return new MergeRequest(type, cards, Objects.requireNonNull(value, "choice"), survivor, note, author);
  }

  /**
   * Returns this request with the survivor given.
   *
   * @param value one of the cards, or a card one of them was merged into
   * @return the changed request
   * @throws InvalidValueException if the card is of another type
   */
  public MergeRequest withSurvivor(EntityId value) {
    Objects.requireNonNull(value, "survivor");
    if (!cards.get(0).getClass().isInstance(value)) {
      throw new InvalidValueException("MergeRequest survivor", value, "is not a card of the type merged, " + type);
    }
    return new MergeRequest(type, cards, choice, Optional.of(value), note, author);
  }

  /**
   * Returns this request with a note kept in the history of merges, e.g. why it was made.
   *
   * @param value the note
   * @return the changed request
   */
  public MergeRequest withNote(String value) {
    return new MergeRequest(type, cards, choice, survivor, Objects.requireNonNull(value, "note"), author);
  }

  /**
   * Returns this request with the user the merge's card changes are attributed to in the card
   * history; without one, the merger's default author. Matters only to a merger that {@link
   * DuplicateMerger.Builder#recordHistory records card history}.
   *
   * @param user the user merging the cards
   * @return the changed request
   */
  public MergeRequest withAuthor(UserId user) {
    return new MergeRequest(type, cards, choice, survivor, note, Optional.of(Objects.requireNonNull(user, "author")));
  }

  /**
   * Returns the type of the cards.
   *
   * @return {@link CardType#CLIENT} or {@link CardType#CONTACT_PERSON}
   */
  public CardType type() {
    return type;
  }

  /**
   * Returns the cards to merge.
   *
   * @return the cards, without repeats, in the order given
   */
  public List<EntityId> cards() {
    return cards;
  }

  /**
   * Returns how the survivor is chosen when it is not given.
   *
   * @return the rule
   */
  public SurvivorChoice choice() {
    return choice;
  }

  /**
   * Returns the survivor, if given.
   *
   * @return the survivor
   */
  public Optional<EntityId> survivor() {
    return survivor;
  }

  /**
   * Returns the note.
   *
   * @return the note; empty text if none
   */
  public String note() {
    return note;
  }

  /**
   * Returns who the merge's card changes are attributed to in the card history, if named;
   * otherwise the merger's default author.
   *
   * @return the author
   */
  public Optional<UserId> author() {
    return author;
  }

  @Override
  public String toString() {
    return "merge " + cards + survivor.map(s -> " into " + s).orElse(" choosing " + choice);
  }
}
