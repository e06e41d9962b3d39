package org.clientbase.rules.matching.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.clientbase.core.client.Client;
import org.clientbase.core.client.ClientContact;
import org.clientbase.core.client.ContactPerson;
import org.clientbase.core.client.Counterparty;
import org.clientbase.core.field.CardType;
import org.clientbase.core.id.ClientId;
import org.clientbase.core.id.ContactPersonId;
import org.clientbase.core.id.EntityId;
import org.clientbase.core.id.LeadId;
import org.clientbase.core.lead.Lead;
import org.clientbase.rules.internal.Pages;
import org.clientbase.rules.matching.MatchCard;
import org.clientbase.spi.Versioned;
import org.clientbase.spi.store.ClientStore;
import org.clientbase.spi.store.ContactPersonStore;
import org.clientbase.spi.store.CounterpartyStore;
import org.clientbase.spi.store.LeadStore;

/**
 * Reads cards from the host's stores as {@link MatchCard match cards}, a batch at a time. Cards
 * that stand for others are left out: merged clients and contact persons (their survivor
 * stands for them) and converted leads (their client does). A batch of clients costs a fixed
 * number of reads, never one per client: the page, one read of their counterparties and one of
 * their contact persons.
 */
public final class CardSource {
  private final LeadStore leads;
  private final ClientStore clients;
  private final ContactPersonStore contactPersons;
  private final CounterpartyStore counterparties;

  /**
   * Creates the source.
   *
   * @param leads the lead store
   * @param clients the client store
   * @param contactPersons the contact person store
   * @param counterparties the counterparty store
   */
  public CardSource(
      LeadStore leads, ClientStore clients, ContactPersonStore contactPersons, CounterpartyStore counterparties) {
    this.leads = leads;
    this.clients = clients;
    this.contactPersons = contactPersons;
    this.counterparties = counterparties;
  }

  /**
   * A page of cards in use, the ids of the cards left out, and the last id read.
   *
   * @param cards the cards in use, in id order
   * @param leftOut the ids of merged or converted cards on the page
   * @param last the last id read, which may be of a card left out
   * @param read how many records the page read
   */
  public record Page(List<MatchCard> cards, List<EntityId> leftOut, Optional<EntityId> last, int read) {}

  /**
   * Reads the next page of cards of a type in id order.
   *
   * @param type the type
   * @param after the last id already read
   * @param limit the page size
   * @return the cards in use, in id order
   */
  public Page page(CardType type, Optional<EntityId> after, int limit) {
    switch (type) {
      case LEAD -> {
        List<Versioned<Lead>> page = leads.page(Pages.after(after.map(id -> (LeadId) id), limit));
        List<MatchCard> cards = new ArrayList<>();
        List<EntityId> leftOut = new ArrayList<>();
        for (Versioned<Lead> lead : page) {
          if (!lead.value().isLinked()) {
            cards.add(MatchCard.of(lead.value()));
          } else {
            leftOut.add(lead.value().id());
          }
        }
        return new Page(cards, leftOut, page.isEmpty() ? after : Optional.of(page.get(page.size() - 1).value().id()), page.size());
      }
      case CLIENT -> {
        List<Versioned<Client>> page = clients.page(Pages.after(after.map(id -> (ClientId) id), limit));
        List<Client> live = new ArrayList<>();
        List<EntityId> leftOut = new ArrayList<>();
        for (Versioned<Client> client : page) {
          live.add(client.value());
          if (client.value().isMerged()) {
            leftOut.add(client.value().id());
          }
        }
        return new Page(clientCards(live), leftOut, page.isEmpty() ? after : Optional.of(page.get(page.size() - 1).value().id()),
            page.size());
      }
      case CONTACT_PERSON -> {
        List<Versioned<ContactPerson>> page = contactPersons.page(Pages.after(after.map(id -> (ContactPersonId) id), limit));
        List<MatchCard> cards = new ArrayList<>();
        List<EntityId> leftOut = new ArrayList<>();
        for (Versioned<ContactPerson> person : page) {
          if (!person.value().isMerged()) {
            cards.add(MatchCard.of(person.value()));
          } else {
            leftOut.add(person.value().id());
          }
        }
        return new Page(cards, leftOut, page.isEmpty() ? after : Optional.of(page.get(page.size() - 1).value().id()),
            page.size());
      }
      default -> throw new IllegalArgumentException("not a matched card type: " + type);
    }
  }

  /**
   * Reads the cards with the given ids.
   *
   * @param type their type
   * @param ids the ids, all of the type
   * @return the cards in use, by id; ids of absent or left-out cards are missing
   */
  public Map<EntityId, MatchCard> load(CardType type, Collection<? extends EntityId> ids) {
    Map<EntityId, MatchCard> cards = new LinkedHashMap<>();
    if (ids.isEmpty()) {
      return cards;
    }
    switch (type) {
      case LEAD -> {
        List<LeadId> typed = ids.stream().map(id -> (LeadId) id).toList();
        for (Versioned<Lead> lead : leads.findAll(typed).values()) {
          if (!lead.value().isLinked()) {
            cards.put(lead.value().id(), MatchCard.of(lead.value()));
          }
        }
      }
      case CLIENT -> {
        List<ClientId> typed = ids.stream().map(id -> (ClientId) id).toList();
        List<Client> found = new ArrayList<>();
        for (Versioned<Client> client : clients.findAll(typed).values()) {
          found.add(client.value());
        }
        for (MatchCard card : clientCards(found)) {
          cards.put(card.id(), card);
        }
      }
      case CONTACT_PERSON -> {
        List<ContactPersonId> typed = ids.stream().map(id -> (ContactPersonId) id).toList();
        for (Versioned<ContactPerson> person : contactPersons.findAll(typed).values()) {
          if (!person.value().isMerged()) {
            cards.put(person.value().id(), MatchCard.of(person.value()));
          }
        }
      }
      default -> throw new IllegalArgumentException("not a matched card type: " + type);
    }
    return cards;
  }

  /**
   * Reads one card in use, whatever its type.
   *
   * @param id a lead, client or contact person id
   * @return the card, or empty if it is absent, merged or converted
   */
  public Optional<MatchCard> load(EntityId id) {
    return Optional.ofNullable(load(typeOf(id), List.of(id)).get(id));
  }

  /**
   * Reads contact persons in use.
   *
   * @param ids the ids
   * @return the contact persons found and not merged, in the order asked
   */
  public List<ContactPerson> contactPersons(Collection<ContactPersonId> ids) {
    if (ids.isEmpty()) {
      return List.of();
    }
    Map<ContactPersonId, Versioned<ContactPerson>> found = contactPersons.findAll(ids);
    List<ContactPerson> persons = new ArrayList<>();
    for (ContactPersonId id : ids) {
      Versioned<ContactPerson> person = found.get(id);
      if (person != null && !person.value().isMerged()) {
        persons.add(person.value());
      }
    }
    return persons;
  }

  /**
   * Returns a client's match card, with its counterparties and linked contact persons.
   *
   * @param client the client
   * @return the card
   */
  public MatchCard clientCard(Client client) {
    return clientCards(List.of(client)).get(0);
  }

  /**
   * Reads the cards of clients with two reads for all of them, whatever their number: their
   * counterparties in one {@link CounterpartyStore#findByClients} and their linked contact
   * persons in one {@code findAll}. Merged clients are left out and cause no read.
   */
  private List<MatchCard> clientCards(List<Client> found) {
    Set<ContactPersonId> linked = new LinkedHashSet<>();
    Set<ClientId> live = new LinkedHashSet<>();
    for (Client client : found) {
      if (!client.isMerged()) {
        live.add(client.id());
        for (ClientContact link : client.contacts()) {
          linked.add(link.contactPerson());
        }
      }
    }
    Map<ContactPersonId, Versioned<ContactPerson>> persons =
        linked.isEmpty() ? Map.of() : contactPersons.findAll(linked);
    Map<ClientId, List<Counterparty>> counterpartiesOf = new HashMap<>();
    if (!live.isEmpty()) {
      for (Counterparty counterparty : counterparties.findByClients(live)) {
        counterpartiesOf.computeIfAbsent(counterparty.client(), c -> new ArrayList<>()).add(counterparty);
      }
    }
    List<MatchCard> cards = new ArrayList<>();
    for (Client client : found) {
      if (client.isMerged()) {
        continue;
      }
      List<ContactPerson> contacts = new ArrayList<>();
      for (ClientContact link : client.contacts()) {
        Versioned<ContactPerson> person = persons.get(link.contactPerson());
        if (person != null) {
          contacts.add(person.value());
        }
      }
      cards.add(MatchCard.of(client, counterpartiesOf.getOrDefault(client.id(), List.of()), contacts));
    }
    return cards;
  }

  /**
   * Returns the card type of an id.
   *
   * @param id a lead, client or contact person id
   * @return its type
   * @throws IllegalArgumentException for any other id
   */
  public static CardType typeOf(EntityId id) {
    if (id instanceof ClientId) {
      return CardType.CLIENT;
    }
    if (id instanceof ContactPersonId) {
      return CardType.CONTACT_PERSON;
    }
    if (id instanceof LeadId) {
      return CardType.LEAD;
    }
    throw new IllegalArgumentException(id.getClass().getSimpleName() + " " + id + " is not a lead, client or contact person");
  }
}
