package org.clientbase.rules.matching.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.clientbase.core.activity.Interaction;
import org.clientbase.core.activity.Interest;
import org.clientbase.core.activity.Payment;
import org.clientbase.core.activity.Shipment;
import org.clientbase.core.client.Client;
import org.clientbase.core.client.Counterparty;
import org.clientbase.core.field.CardConfiguration;
import org.clientbase.core.history.CardDiff;
import org.clientbase.core.id.ClientId;
import org.clientbase.core.id.EntityId;
import org.clientbase.core.id.UserId;
import org.clientbase.core.task.Task;
import org.clientbase.rules.history.CardHistory;
import org.clientbase.spi.Versioned;
import org.clientbase.spi.access.SystemActor;
import org.clientbase.spi.matching.CardSnapshot;
import org.clientbase.spi.matching.DocumentReferences;
import org.clientbase.spi.matching.MovedReference;
import org.clientbase.spi.store.RecordStore;

/**
 * Merging clients: a merged client's counterparties, interests, interactions (as the client or
 * a participant), payments, shipments and tasks move to the survivor.
 */
public final class ClientMerging implements CardKind<ClientId, Client> {
  private final MergeStores stores;
  private final CardConfiguration card;

  /**
   * Creates the strategy.
   *
   * @param stores the stores it reads
   * @param card the host's configuration of client cards, which a merged card must fit
   */
  public ClientMerging(MergeStores stores, CardConfiguration card) {
    this.stores = Objects.requireNonNull(stores, "stores");
    this.card = Objects.requireNonNull(card, "card");
  }

  @Override
  public void check(Client merged) {
    merged.check(card);
  }

  @Override
  public RecordStore<ClientId, Client> store() {
    return stores.clients();
  }

  @Override
  public ClientId id(EntityId id) {
    return (ClientId) id;
  }

  @Override
  public EntityId idOf(Client card) {
    return card.id();
  }

  @Override
  public Optional<? extends EntityId> mergedInto(Client card) {
    return card.mergedInto();
  }

  @Override
  public Client mark(Client card, Optional<EntityId> survivor) {
    return Client.builder().from(card).mergedInto(survivor.map(ClientId.class::cast)).build();
  }

  @Override
  public boolean holds(CardSnapshot snapshot) {
    return snapshot instanceof CardSnapshot.OfClient;
  }

  @Override
  public CardSnapshot snapshot(Client card) {
    return CardSnapshot.of(card);
  }

  @Override
  public Client card(CardSnapshot snapshot) {
    return ((CardSnapshot.OfClient) snapshot).card();
  }

  @Override
  public int completeness(Client card) {
    return MergePlanner.completeness(card);
  }

  @Override
  public Comparator<Client> oldestFirst() {
    return Comparator.comparing(Client::createdOn).thenComparing(Client::id);
  }

  @Override
  public MergePlanner.Plan<Client> plan(Client survivor, List<Client> others) {
    return MergePlanner.clients(survivor, others);
  }

  @Override
  public CardDiff<Client> diff(Client before, Client after) {
    return CardDiff.between(before, after);
  }

  @Override
  public void record(CardHistory cardHistory, UserId author, Versioned<Client> before, Versioned<Client> after) {
    cardHistory.recordClientChanged(SystemActor.recordedAs(author), before, after);
  }

  @Override
  public List<MovedReference> references(List<EntityId> merged, EntityId survivor) {
    List<ClientId> from = merged.stream().map(ClientId.class::cast).toList();
    List<MovedReference> moved = new ArrayList<>();
    for (Counterparty k : stores.counterparties().findByClients(from)) {
      moved.add(MovedReference.of(k.id(), k.client()));
    }
    for (Interest i : stores.interests().findByClients(from)) {
      i.client().ifPresent(c -> moved.add(MovedReference.of(i.id(), c)));
    }
    for (Interaction i : stores.interactions().findByClients(from)) {
      Set<ClientId> named = ReferenceMover.clientsNamed(i);
      for (ClientId c : from) {
        if (named.contains(c)) {
          moved.add(new MovedReference(i.id(), c, named.contains(survivor), Optional.empty()));
        }
      }
    }
    for (Payment p : stores.payments().findByClients(from)) {
      moved.add(MovedReference.of(p.id(), p.client()));
    }
    for (Shipment s : stores.shipments().findByClients(from)) {
      moved.add(MovedReference.of(s.id(), s.client()));
    }
    for (Task t : stores.tasks().findByClients(from)) {
      t.client().ifPresent(c -> moved.add(MovedReference.of(t.id(), c)));
    }
    return ReferenceMover.dedupe(moved);
  }

  @Override
  public List<String> moveDocuments(DocumentReferences documents, EntityId merged, EntityId survivor) {
    return documents.moveClient((ClientId) merged, (ClientId) survivor);
  }

  @Override
  public void restoreDocuments(DocumentReferences documents, List<String> keys, EntityId merged, EntityId survivor) {
    documents.restoreClient(keys, (ClientId) merged, (ClientId) survivor);
  }
}
