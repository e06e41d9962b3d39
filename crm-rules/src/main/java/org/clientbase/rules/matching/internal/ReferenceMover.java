package org.clientbase.rules.matching.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.clientbase.core.activity.Interaction;
import org.clientbase.core.activity.Interest;
import org.clientbase.core.activity.Participant;
import org.clientbase.core.activity.Payment;
import org.clientbase.core.activity.Shipment;
import org.clientbase.core.client.Client;
import org.clientbase.core.client.ClientContact;
import org.clientbase.core.client.Counterparty;
import org.clientbase.core.id.ClientId;
import org.clientbase.core.id.ContactPersonId;
import org.clientbase.core.id.CounterpartyId;
import org.clientbase.core.id.EntityId;
import org.clientbase.core.id.InteractionId;
import org.clientbase.core.id.InterestId;
import org.clientbase.core.id.PaymentId;
import org.clientbase.core.id.ShipmentId;
import org.clientbase.core.id.TaskId;
import org.clientbase.core.id.UserId;
import org.clientbase.core.task.Task;
import org.clientbase.spi.Versioned;
import org.clientbase.spi.matching.MovedReference;
import org.clientbase.spi.store.RecordStore;

/**
 * Moves one reference that a merge recorded, forward to the survivor or back to the merged
 * card, for both kinds of card: the client of a counterparty, interest, payment, shipment or
 * task, the clients and contact persons an interaction names, the contact person of a task, and
 * a client's link to a contact person.
 */
public final class ReferenceMover {
  private final MergeStores stores;
  private final ClientMerging clientKind;
  private final CardWriter writer;

  /**
   * Creates the mover.
   *
   * @param stores the stores holding the references
   * @param clientKind the client strategy, to write relinked clients through
   * @param writer writes relinked clients and records them in the card history
   */
  public ReferenceMover(MergeStores stores, ClientMerging clientKind, CardWriter writer) {
    this.stores = Objects.requireNonNull(stores, "stores");
    this.clientKind = Objects.requireNonNull(clientKind, "clientKind");
    this.writer = Objects.requireNonNull(writer, "writer");
  }

  /**
   * Moves one reference to the survivor (forward) or back to the merged card. A record that no
   * longer references the card to replace is left as it is.
   *
   * @param reference the reference the merge recorded
   * @param survivor the merge's survivor
   * @param forward whether to move to the survivor (a merge) or back (an undo)
   * @param author who a relinked client's change is attributed to
   * @return whether anything was written
   */
  public boolean move(MovedReference reference, EntityId survivor, boolean forward, UserId author) {
    EntityId from = forward ? reference.from() : survivor;
    EntityId to = forward ? survivor : reference.from();
    boolean keepBoth = !forward && reference.heldBoth();
    EntityId record = reference.record();
    if (record instanceof CounterpartyId id) {
      return update(stores.counterparties(), id, k -> k.client().equals(from)
          ? Counterparty.builder().from(k).client((ClientId) to).build() : k);
    }
    if (record instanceof InterestId id) {
      return update(stores.interests(), id, i -> i.client().filter(from::equals).isPresent()
          ? Interest.builder().from(i).client((ClientId) to).build() : i);
    }
    if (record instanceof PaymentId id) {
      return update(stores.payments(), id, p -> p.client().equals(from)
          ? Payment.builder().from(p).client((ClientId) to).build() : p);
    }
    if (record instanceof ShipmentId id) {
      return update(stores.shipments(), id, s -> s.client().equals(from)
          ? Shipment.builder().from(s).client((ClientId) to).build() : s);
    }
    if (record instanceof TaskId id) {
      return update(stores.tasks(), id, t -> {
        Task.Builder b = Task.builder().from(t);
        if (t.client().filter(from::equals).isPresent()) {
          b.client((ClientId) to);
        }
        if (t.contactPerson().filter(from::equals).isPresent()) {
          b.contactPerson((ContactPersonId) to);
        }
        return b.build();
      });
    }
    if (record instanceof InteractionId id) {
      return update(stores.interactions(), id, i -> replaceIn(i, from, to, keepBoth));
    }
    if (record instanceof ClientId id) {
      Optional<Versioned<Client>> found = stores.clients().find(id);
      if (found.isEmpty()) {
        return false;
      }
      Client relinked = relink(found.get().value(), reference, survivor, forward);
      if (relinked.equals(found.get().value())) {
        return false;
      }
      writer.write(clientKind, found.get(), relinked, author);
      return true;
    }
    throw new IllegalStateException("cannot move a reference held by " + record.getClass().getSimpleName());
  }

  /**
   * Keeps the first reference of each record to each merged card.
   *
   * @param moved the references found
   * @return the references without repeats, in the order found
   */
  static List<MovedReference> dedupe(List<MovedReference> moved) {
    Map<String, MovedReference> unique = new LinkedHashMap<>();
    for (MovedReference reference : moved) {
      unique.putIfAbsent(reference.record().getClass().getSimpleName() + ":" + reference.record().value() + ":"
          + reference.from().value(), reference);
    }
    return List.copyOf(unique.values());
  }

  /**
   * Returns the clients an interaction names, as its client or a participant.
   *
   * @param i the interaction
   * @return the clients
   */
  static Set<ClientId> clientsNamed(Interaction i) {
    Set<ClientId> named = new LinkedHashSet<>();
    i.client().ifPresent(named::add);
    for (Participant p : i.participants()) {
      p.client().ifPresent(named::add);
    }
    return named;
  }

  private static <I extends EntityId, T> boolean update(RecordStore<I, T> store, I id, Function<T, T> change) {
    Optional<Versioned<T>> found = store.find(id);
    if (found.isEmpty()) {
      return false;
    }
    T changed = change.apply(found.get().value());
    if (changed.equals(found.get().value())) {
      return false;
    }
    store.update(changed, found.get().version());
    return true;
  }

  private static Interaction replaceIn(Interaction i, EntityId from, EntityId to, boolean keepBoth) {
    Interaction.Builder b = Interaction.builder().from(i);
    if (from instanceof ClientId) {
      if (i.client().filter(from::equals).isPresent()) {
        b.client((ClientId) to);
      }
      b.participants(i.participants().stream().map(p -> p.client().filter(from::equals).isPresent() && !keepBoth
          ? Participant.builder().from(p).client((ClientId) to).build() : p).toList());
    } else {
      LinkedHashSet<ContactPersonId> persons = new LinkedHashSet<>();
      for (ContactPersonId person : i.contactPersons()) {
        if (person.equals(from)) {
          persons.add((ContactPersonId) to);
          if (keepBoth) {
            persons.add(person);
          }
        } else {
          persons.add(person);
        }
      }
      b.contactPersons(new ArrayList<>(persons));
      b.participants(i.participants().stream().map(p -> p.contactPerson().filter(from::equals).isPresent() && !keepBoth
          ? Participant.builder().from(p).contactPerson((ContactPersonId) to).build() : p).toList());
    }
    return b.build();
  }

  /** Moves a client's link from a merged contact person to the survivor, or back. */
  private static Client relink(Client client, MovedReference reference, EntityId survivor, boolean forward) {
    ContactPersonId merged = (ContactPersonId) reference.from();
    ContactPersonId kept = (ContactPersonId) survivor;
    List<ClientContact> links = new ArrayList<>();
    if (forward) {
      if (client.contact(merged).isEmpty()) {
        return client;
      }
      boolean hasSurvivor = client.contact(kept).isPresent();
      for (ClientContact link : client.contacts()) {
        if (link.contactPerson().equals(merged)) {
          if (!hasSurvivor) {
            links.add(ClientContact.builder().from(link).contactPerson(kept).build());
          }
        } else {
          links.add(link);
        }
      }
    } else {
      if (client.contact(merged).isPresent()) {
        return client;
      }
      ClientContact original = reference.link().orElse(ClientContact.of(merged));
      boolean replaced = false;
      for (ClientContact link : client.contacts()) {
        if (link.contactPerson().equals(kept) && !reference.heldBoth()) {
          links.add(original);
          replaced = true;
        } else {
          links.add(link);
        }
      }
      if (!replaced) {
        links.add(original);
      }
    }
    return Client.builder().from(client).contacts(links).build();
  }
}
