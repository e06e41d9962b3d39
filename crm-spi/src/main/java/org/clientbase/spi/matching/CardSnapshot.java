package org.clientbase.spi.matching;

import java.util.Objects;
import org.clientbase.core.client.Client;
import org.clientbase.core.client.ContactPerson;
import org.clientbase.core.id.EntityId;

/**
 * A whole card as it was at one moment of a merge: a client or a contact person.
 *
 * <p>Dispatch with {@code instanceof}: {@code if (snapshot instanceof CardSnapshot.OfClient c)}.
 */
public sealed interface CardSnapshot permits CardSnapshot.OfClient, CardSnapshot.OfContactPerson {

  /**
   * Returns the id of the card.
   *
   * @return the card's id
   */
  EntityId id();

  /**
   * Returns a snapshot of a client card.
   *
   * @param client the card
   * @return the snapshot
   */
  static CardSnapshot of(Client client) {
    return new OfClient(client);
  }

  /**
   * Returns a snapshot of a contact person card.
   *
   * @param person the card
   * @return the snapshot
   */
  static CardSnapshot of(ContactPerson person) {
    return new OfContactPerson(person);
  }

  /**
   * A client card.
   *
   * @param card the card
   */
  record OfClient(Client card) implements CardSnapshot {
    /**
     * Checks the card is given.
     *
     * @param card the card
     */
    public OfClient {
      Objects.requireNonNull(card, "card");
    }

    @Override
    public EntityId id() {
      return card.id();
    }
  }

  /**
   * A contact person card.
   *
   * @param card the card
   */
  record OfContactPerson(ContactPerson card) implements CardSnapshot {
    /**
     * Checks the card is given.
     *
     * @param card the card
     */
    public OfContactPerson {
      Objects.requireNonNull(card, "card");
    }

    @Override
    public EntityId id() {
      return card.id();
    }
  }
}
