package org.clientbase.rules.matching.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.clientbase.core.activity.Interaction;
import org.clientbase.core.client.Client;
import org.clientbase.core.client.ContactPerson;
import org.clientbase.core.field.CardConfiguration;
import org.clientbase.core.history.CardDiff;
import org.clientbase.core.id.ClientId;
import org.clientbase.core.id.ContactPersonId;
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
 * Merging contact persons: the clients' links to a merged person, and the interactions and
 * tasks of those clients that name the person, move to the survivor.
 */
public final class ContactPersonMerging implements CardKind<ContactPersonId, ContactPerson> {
  private final MergeStores stores;
  private final CardConfiguration card;

  /**
   * Creates the strategy.
   *
   * @param stores the stores it reads
   * @param card the host's configuration of contact person cards, which a merged card must fit
   */
  public ContactPersonMerging(MergeStores stores, CardConfiguration card) {
    this.stores = Objects.requireNonNull(stores, "stores");
    this.card = Objects.requireNonNull(card, "card");
  }

  @Override
  public void check(ContactPerson merged) {
    merged.check(card);
  }

  @Override
  public RecordStore<ContactPersonId, ContactPerson> store() {
    return stores.contactPersons();
  }

  @Override
  public ContactPersonId id(EntityId id) {
    return (ContactPersonId) id;
  }

  @Override
  public EntityId idOf(ContactPerson card) {
    return card.id();
  }

  @Override
  public Optional<? extends EntityId> mergedInto(ContactPerson card) {
    return card.mergedInto();
  }

  @Override
  public ContactPerson mark(ContactPerson card, Optional<EntityId> survivor) {
    return ContactPerson.builder().from(card).mergedInto(survivor.map(ContactPersonId.class::cast)).build();
  }

  @Override
  public boolean holds(CardSnapshot snapshot) {
    return snapshot instanceof CardSnapshot.OfContactPerson;
  }

  @Override
  public CardSnapshot snapshot(ContactPerson card) {
    return CardSnapshot.of(card);
  }

  @Override
  public ContactPerson card(CardSnapshot snapshot) {
    return ((CardSnapshot.OfContactPerson) snapshot).card();
  }

  @Override
  public int completeness(ContactPerson card) {
    return MergePlanner.completeness(card);
  }

  @Override
  public Comparator<ContactPerson> oldestFirst() {
    return Comparator.comparing(ContactPerson::id);
  }

  @Override
  public MergePlanner.Plan<ContactPerson> plan(ContactPerson survivor, List<ContactPerson> others) {
    return MergePlanner.contactPersons(survivor, others);
  }

  @Override
  public CardDiff<ContactPerson> diff(ContactPerson before, ContactPerson after) {
    return CardDiff.between(before, after);
  }

  @Override
  public void record(CardHistory cardHistory, UserId author, Versioned<ContactPerson> before,
      Versioned<ContactPerson> after) {
    cardHistory.recordContactPersonChanged(SystemActor.recordedAs(author), before, after);
  }

  @Override
  public List<MovedReference> references(List<EntityId> merged, EntityId survivor) {
    List<MovedReference> moved = new ArrayList<>();
    Set<ClientId> linking = new LinkedHashSet<>();
    for (EntityId id : merged) {
      ContactPersonId person = (ContactPersonId) id;
      for (Client client : stores.clients().findByContactPerson(person)) {
        linking.add(client.id());
        boolean both = client.contact((ContactPersonId) survivor).isPresent();
        moved.add(new MovedReference(client.id(), person, both, client.contact(person)));
      }
    }
    if (!linking.isEmpty()) {
      for (Interaction i : stores.interactions().findByClients(linking)) {
        Set<ContactPersonId> named = i.namedContactPersons();
        for (EntityId id : merged) {
          if (named.contains(id)) {
            moved.add(MovedReference.of(i.id(), id, named.contains(survivor)));
          }
        }
      }
      for (Task t : stores.tasks().findByClients(linking)) {
        if (t.contactPerson().isPresent() && merged.contains(t.contactPerson().get())) {
          moved.add(MovedReference.of(t.id(), t.contactPerson().get()));
        }
      }
    }
    return ReferenceMover.dedupe(moved);
  }

  @Override
  public List<String> moveDocuments(DocumentReferences documents, EntityId merged, EntityId survivor) {
    return documents.moveContactPerson((ContactPersonId) merged, (ContactPersonId) survivor);
  }

  @Override
  public void restoreDocuments(DocumentReferences documents, List<String> keys, EntityId merged, EntityId survivor) {
    documents.restoreContactPerson(keys, (ContactPersonId) merged, (ContactPersonId) survivor);
  }
}
