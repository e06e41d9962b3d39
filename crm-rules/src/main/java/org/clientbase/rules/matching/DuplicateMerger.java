package org.clientbase.rules.matching;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.clientbase.core.InvalidValueException;
import org.clientbase.core.MissingValuesException;
import org.clientbase.core.activity.Interaction;
import org.clientbase.core.activity.Interest;
import org.clientbase.core.activity.Participant;
import org.clientbase.core.activity.Payment;
import org.clientbase.core.activity.Shipment;
import org.clientbase.core.client.Client;
import org.clientbase.core.client.ClientContact;
import org.clientbase.core.client.ContactPerson;
import org.clientbase.core.client.Counterparty;
import org.clientbase.core.field.CardType;
import org.clientbase.core.history.CardDiff;
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
import org.clientbase.rules.history.CardHistory;
import org.clientbase.rules.internal.BuilderChecks;
import org.clientbase.rules.internal.ServiceParts;
import org.clientbase.rules.matching.internal.MergePlanner;
import org.clientbase.spi.Clientbase;
import org.clientbase.spi.IdGenerator;
import org.clientbase.spi.ReferenceRewriter;
import org.clientbase.spi.UnitOfWork;
import org.clientbase.spi.Versioned;
import org.clientbase.spi.matching.CardSnapshot;
import org.clientbase.spi.matching.DocumentReferences;
import org.clientbase.spi.matching.FieldConflict;
import org.clientbase.spi.matching.MergeId;
import org.clientbase.spi.matching.MergeJournal;
import org.clientbase.spi.matching.MergeRecord;
import org.clientbase.spi.matching.MergeState;
import org.clientbase.spi.matching.MovedDocuments;
import org.clientbase.spi.matching.MovedReference;
import org.clientbase.spi.store.ClientStore;
import org.clientbase.spi.store.ContactPersonStore;
import org.clientbase.spi.store.CounterpartyStore;
import org.clientbase.spi.store.InteractionStore;
import org.clientbase.spi.store.InterestStore;
import org.clientbase.spi.store.PaymentStore;
import org.clientbase.spi.store.RecordStore;
import org.clientbase.spi.store.ShipmentStore;
import org.clientbase.spi.store.TaskStore;

/**
 * Merges duplicate clients or contact persons into one, keeping everything, and undoes merges.
 *
 * <p>A merge chooses the survivor (given, {@link SurvivorChoice#MOST_COMPLETE most complete} or
 * {@link SurvivorChoice#OLDEST oldest}), fills its empty fields from the others and unites their
 * phones, emails, addresses, links and tags; values it does not take are kept as {@link
 * FieldConflict conflicts} in the merge's record, and the merged cards themselves are kept,
 * marked {@link Client#mergedInto()}, never deleted. Every reference is moved to the survivor:
 * in the library's stores (a merged client's counterparties, interests, interactions, payments,
 * shipments and tasks; the clients' links to a merged contact person, and the interactions and
 * tasks of those clients that name the person) and, through {@link DocumentReferences}, in the
 * host's own documents. A lead linked to a merged card keeps its link; the merged card's {@code
 * mergedInto} leads on to the survivor.
 *
 * <p>Each merge runs in one {@link UnitOfWork}, and first writes its {@link MergeRecord} to the
 * {@link MergeJournal} with everything it will write. On a transactional host a failure leaves
 * nothing behind and the merge can simply be asked again; on a host without transactions a
 * failure leaves the record {@link MergeState#STARTED} and {@link #resume()} finishes it, every
 * step written so that doing it again changes nothing. Merging cards that are merged already
 * changes nothing. {@link #undo(MergeId)} gives the cards back as they were before the merge
 * (keeping later changes of other fields) and moves the references back. The record names who
 * asked for the merge (the request's {@link MergeRequest#author() author}, else the default
 * author of the card history, if kept) and who undid it.
 *
 * <p>With {@link Builder#recordHistory(CardHistory, UserId)}, every card a merge, resume or
 * undo writes (the survivor, the merged cards' mark, the clients relinked from a merged contact
 * person) gets one revision in the {@link CardHistory}, in the same unit of work as the write,
 * attributed to the request's {@link MergeRequest#author() author} or the undo's user, else to
 * the default author; a resumed merge is attributed to the author its record names. A step a
 * resumed merge finds done is not recorded again; on a host without transactions, a card
 * written just before a failure and not yet recorded is recorded by the next write through the
 * history as an observed revision.
 *
 * <pre>{@code
 * DuplicateMerger merger = DuplicateMerger.builder()
 *     .clientbase(base).clock(clock).duplicateControl(control)
 *     .recordHistory(cardHistory, systemUser)
 *     .build();
 * MergeResult result = merger.merge(MergeRequest.ofClients(List.of(c1, c7))
 *     .withNote(match.explain()).withAuthor(manager));
 * merger.undo(result.merge().orElseThrow(), manager);
 * }</pre>
 */
public final class DuplicateMerger {
  private static final int MAX_CHAIN = 64;
  private static final int RESUME_BATCH = 100;

  private final ClientStore clients;
  private final ContactPersonStore contactPersons;
  private final CounterpartyStore counterparties;
  private final InterestStore interests;
  private final InteractionStore interactions;
  private final PaymentStore payments;
  private final ShipmentStore shipments;
  private final TaskStore tasks;
  private final MergeJournal journal;
  private final UnitOfWork unitOfWork;
  private final Clock clock;
  private final IdGenerator ids;
  private final DocumentReferences documents;
  private final Optional<DuplicateControl> control;
  private final Optional<CardHistory> history;
  private final Optional<UserId> historyAuthor;

  private DuplicateMerger(Builder b) {
    Clientbase base = b.parts.clientbase();
    this.clients = base.clientStore();
    this.contactPersons = base.contactPersonStore();
    this.counterparties = base.counterpartyStore();
    this.interests = base.interestStore();
    this.interactions = base.interactionStore();
    this.payments = base.paymentStore();
    this.shipments = base.shipmentStore();
    this.tasks = base.taskStore();
    this.journal = base.mergeJournal();
    this.unitOfWork = base.unitOfWork();
    this.clock = b.parts.clock();
    this.ids = base.idGenerator();
    this.documents = base.documentReferences();
    this.control = Optional.ofNullable(b.control);
    this.history = Optional.ofNullable(b.history);
    this.historyAuthor = Optional.ofNullable(b.historyAuthor);
  }

  /**
   * Returns a builder.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  // ------------------------------------------------------------------ the two kinds of card

  /** What the merge needs to know of one kind of card. */
  private interface Kind<I extends EntityId, C> {
    RecordStore<I, C> store();

    I id(EntityId id);

    EntityId idOf(C card);

    Optional<? extends EntityId> mergedInto(C card);

    C mark(C card, Optional<EntityId> survivor);

    CardSnapshot snapshot(C card);

    C card(CardSnapshot snapshot);

    int completeness(C card);

    Comparator<C> oldestFirst();

    MergePlanner.Plan<C> plan(C survivor, List<C> others);

    CardDiff<C> diff(C before, C after);

    void record(CardHistory cardHistory, UserId author, Versioned<C> before, Versioned<C> after);
  }

  private final Kind<ClientId, Client> clientKind = new Kind<>() {
    @Override
    public RecordStore<ClientId, Client> store() {
      return clients;
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
      return Client.builder().from(card).mergedInto(survivor.map(s -> (ClientId) s)).build();
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
      cardHistory.recordClientChanged(author, before, after);
    }
  };

  private final Kind<ContactPersonId, ContactPerson> personKind = new Kind<>() {
    @Override
    public RecordStore<ContactPersonId, ContactPerson> store() {
      return contactPersons;
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
      return ContactPerson.builder().from(card).mergedInto(survivor.map(s -> (ContactPersonId) s)).build();
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
      cardHistory.recordContactPersonChanged(author, before, after);
    }
  };

  // ------------------------------------------------------------------ merge

  /**
   * Merges duplicate cards into one, in one unit of work.
   *
   * @param request the cards and how to choose the survivor
   * @return what was done; {@link MergeResult.Outcome#ALREADY_MERGED} if every card was merged
   *     into the survivor already
   * @throws MergeRefusedException if a card does not exist or the survivor named is not one of
   *     the cards; nothing is written
   */
  public MergeResult merge(MergeRequest request) {
    Objects.requireNonNull(request, "request");
    UserId author = author(request.author());
    return request.type() == CardType.CLIENT
        ? unitOfWork.execute(() -> merge(clientKind, request, author))
        : unitOfWork.execute(() -> merge(personKind, request, author));
  }

  /** Who card changes are attributed to: the user named, else the default author; null without history. */
  private UserId author(Optional<UserId> named) {
    return named.or(() -> historyAuthor).orElse(null);
  }

  /** Writes a card and records the change in the card history, if kept, in the current unit of work. */
  private <I extends EntityId, C> void write(Kind<I, C> kind, Versioned<C> current, C changed, UserId author) {
    Versioned<C> written = kind.store().update(changed, current.version());
    history.ifPresent(h -> kind.record(h, author, current, written));
  }

  private <I extends EntityId, C> MergeResult merge(Kind<I, C> kind, MergeRequest request, UserId author) {
    Map<EntityId, Versioned<C>> live = new LinkedHashMap<>();
    for (EntityId card : request.cards()) {
      Versioned<C> current = resolve(kind, card);
      live.putIfAbsent(kind.idOf(current.value()), current);
    }
    Optional<EntityId> given = request.survivor().map(s -> kind.idOf(resolve(kind, s).value()));
    if (given.isPresent() && !live.containsKey(given.get())) {
      throw new MergeRefusedException("survivor " + request.survivor().get() + " is not one of the cards merged "
          + request.cards());
    }
    if (live.size() == 1) {
      EntityId survivor = live.keySet().iterator().next();
      List<EntityId> merged = request.cards().stream().filter(c -> !c.equals(survivor)).toList();
      return new MergeResult(MergeResult.Outcome.ALREADY_MERGED, Optional.empty(), survivor, merged, List.of(), 0, 0);
    }
    List<C> cards = live.values().stream().map(Versioned::value).toList();
    C survivor = given.map(id -> live.get(id).value()).orElseGet(() -> choose(kind, cards, request.choice()));
    List<C> others = cards.stream().filter(c -> c != survivor)
        .sorted(Comparator.comparing(kind::idOf)).toList();
    MergePlanner.Plan<C> plan = kind.plan(survivor, others);
    List<EntityId> otherIds = others.stream().map(kind::idOf).toList();
    List<MovedReference> references = kind == clientKind
        ? clientReferences(otherIds, kind.idOf(survivor))
        : personReferences(otherIds, kind.idOf(survivor));
    MergeRecord record = new MergeRecord(
        MergeId.of(ids.next("MergeId")), MergeState.STARTED, clock.instant(), Optional.ofNullable(author),
        Optional.empty(), Optional.empty(), kind.snapshot(survivor), kind.snapshot(plan.survivorAfter()),
        others.stream().map(kind::snapshot).toList(), plan.conflicts(), references, List.of(), request.note());
    Versioned<MergeRecord> started = journal.insert(record);
    return apply(kind, started, MergeResult.Outcome.MERGED, author);
  }

  /** Reads a card and follows its mergedInto chain to the card in use. */
  private <I extends EntityId, C> Versioned<C> resolve(Kind<I, C> kind, EntityId card) {
    EntityId at = card;
    for (int hop = 0; hop < MAX_CHAIN; hop++) {
      EntityId id = at;
      Versioned<C> current = kind.store().find(kind.id(id))
          .orElseThrow(() -> new MergeRefusedException("card " + id + " does not exist"
              + (id.equals(card) ? "" : " (" + card + " was merged into it)")));
      Optional<? extends EntityId> next = kind.mergedInto(current.value());
      if (next.isEmpty()) {
        return current;
      }
      at = next.get();
    }
    throw new MergeRefusedException("card " + card + " is merged along a chain of more than " + MAX_CHAIN + " cards");
  }

  private <I extends EntityId, C> C choose(Kind<I, C> kind, List<C> cards, SurvivorChoice choice) {
    Comparator<C> oldest = kind.oldestFirst();
    Comparator<C> order = choice == SurvivorChoice.OLDEST
        ? oldest
        : Comparator.comparingInt((C c) -> -kind.completeness(c)).thenComparing(oldest);
    return cards.stream().min(order).orElseThrow();
  }

  /** Finishes a started merge; every step finds what is done already and skips it. */
  private <I extends EntityId, C> MergeResult apply(Kind<I, C> kind, Versioned<MergeRecord> stored,
      MergeResult.Outcome outcome, UserId author) {
    MergeRecord record = stored.value();
    C before = kind.card(record.survivorBefore());
    C after = kind.card(record.survivorAfter());
    EntityId survivorId = record.survivor();
    Versioned<C> current = kind.store().find(kind.id(survivorId))
        .orElseThrow(() -> new MergeRefusedException("survivor " + survivorId + " no longer exists"));
    if (!current.value().equals(after)) {
      C target = current.value().equals(before) ? after : reapply(kind.diff(before, after), current.value(), survivorId);
      write(kind, current, target, author);
    }
    for (CardSnapshot snapshot : record.mergedBefore()) {
      Versioned<C> merged = kind.store().find(kind.id(snapshot.id()))
          .orElseThrow(() -> new MergeRefusedException("merged card " + snapshot.id() + " no longer exists"));
      Optional<? extends EntityId> into = kind.mergedInto(merged.value());
      if (into.isEmpty()) {
        write(kind, merged, kind.mark(merged.value(), Optional.of(survivorId)), author);
      } else if (!into.get().equals(survivorId)) {
        throw new MergeRefusedException("card " + snapshot.id() + " was merged into " + into.get()
            + " meanwhile; it cannot also be merged into " + survivorId);
      }
    }
    int moved = 0;
    for (MovedReference reference : record.movedReferences()) {
      if (move(reference, survivorId, true, author)) {
        moved++;
      }
    }
    List<MovedDocuments> movedDocuments = new ArrayList<>(record.movedDocuments());
    int documentCount = 0;
    for (EntityId merged : record.merged()) {
      List<String> keys = survivorId instanceof ClientId s
          ? documents.moveClient((ClientId) merged, s)
          : documents.moveContactPerson((ContactPersonId) merged, (ContactPersonId) survivorId);
      documentCount += keys.size();
      if (!keys.isEmpty()) {
        movedDocuments.add(new MovedDocuments(merged, keys));
      }
    }
    reindex(record);
    journal.update(record.withMoved(record.movedReferences(), movedDocuments).withState(MergeState.APPLIED, Optional.empty()),
        stored.version());
    return new MergeResult(outcome, Optional.of(record.id()), survivorId, record.merged(), record.conflicts(),
        moved, documentCount);
  }

  private <C> C reapply(CardDiff<C> diff, C current, EntityId card) {
    try {
      return diff.applyTo(current);
    } catch (InvalidValueException changed) {
      throw new MergeRefusedException("card " + card + " changed since the merge was planned: "
          + changed.getMessage() + "; plan the merge again", changed);
    }
  }

  private void reindex(MergeRecord record) {
    control.ifPresent(c -> {
      c.reindex(record.survivor());
      record.merged().forEach(c::reindex);
    });
  }

  // ------------------------------------------------------------------ references

  private List<MovedReference> clientReferences(List<EntityId> merged, EntityId survivor) {
    List<ClientId> from = merged.stream().map(ClientId.class::cast).toList();
    List<MovedReference> moved = new ArrayList<>();
    for (Counterparty k : counterparties.findByClients(from)) {
      moved.add(MovedReference.of(k.id(), k.client()));
    }
    for (Interest i : interests.findByClients(from)) {
      i.client().ifPresent(c -> moved.add(MovedReference.of(i.id(), c)));
    }
    for (Interaction i : interactions.findByClients(from)) {
      Set<ClientId> named = clientsNamed(i);
      for (ClientId c : from) {
        if (named.contains(c)) {
          moved.add(new MovedReference(i.id(), c, named.contains(survivor), Optional.empty()));
        }
      }
    }
    for (Payment p : payments.findByClients(from)) {
      moved.add(MovedReference.of(p.id(), p.client()));
    }
    for (Shipment s : shipments.findByClients(from)) {
      moved.add(MovedReference.of(s.id(), s.client()));
    }
    for (Task t : tasks.findByClients(from)) {
      t.client().ifPresent(c -> moved.add(MovedReference.of(t.id(), c)));
    }
    return dedupe(moved);
  }

  private List<MovedReference> personReferences(List<EntityId> merged, EntityId survivor) {
    List<MovedReference> moved = new ArrayList<>();
    Set<ClientId> linking = new LinkedHashSet<>();
    for (EntityId id : merged) {
      ContactPersonId person = (ContactPersonId) id;
      for (Client client : clients.findByContactPerson(person)) {
        linking.add(client.id());
        boolean both = client.contact((ContactPersonId) survivor).isPresent();
        moved.add(new MovedReference(client.id(), person, both, client.contact(person)));
      }
    }
    if (!linking.isEmpty()) {
      for (Interaction i : interactions.findByClients(linking)) {
        Set<ContactPersonId> named = personsNamed(i);
        for (EntityId id : merged) {
          if (named.contains(id)) {
            moved.add(new MovedReference(i.id(), id, named.contains(survivor), Optional.empty()));
          }
        }
      }
      for (Task t : tasks.findByClients(linking)) {
        if (t.contactPerson().isPresent() && merged.contains(t.contactPerson().get())) {
          moved.add(MovedReference.of(t.id(), t.contactPerson().get()));
        }
      }
    }
    return dedupe(moved);
  }

  private static List<MovedReference> dedupe(List<MovedReference> moved) {
    Map<String, MovedReference> unique = new LinkedHashMap<>();
    for (MovedReference reference : moved) {
      unique.putIfAbsent(reference.record().getClass().getSimpleName() + ":" + reference.record().value() + ":"
          + reference.from().value(), reference);
    }
    return List.copyOf(unique.values());
  }

  private static Set<ClientId> clientsNamed(Interaction i) {
    Set<ClientId> named = new LinkedHashSet<>();
    i.client().ifPresent(named::add);
    for (Participant p : i.participants()) {
      p.client().ifPresent(named::add);
    }
    return named;
  }

  private static Set<ContactPersonId> personsNamed(Interaction i) {
    Set<ContactPersonId> named = new LinkedHashSet<>(i.contactPersons());
    for (Participant p : i.participants()) {
      p.contactPerson().ifPresent(named::add);
    }
    return named;
  }

  /**
   * Moves one reference to the survivor (forward) or back to the merged card. Returns whether
   * anything was written; a record that no longer references the card to replace is left as it
   * is.
   */
  private boolean move(MovedReference reference, EntityId survivor, boolean forward, UserId author) {
    EntityId from = forward ? reference.from() : survivor;
    EntityId to = forward ? survivor : reference.from();
    boolean keepBoth = !forward && reference.heldBoth();
    EntityId record = reference.record();
    if (record instanceof CounterpartyId id) {
      return update(counterparties, id, k -> k.client().equals(from)
          ? Counterparty.builder().from(k).client((ClientId) to).build() : k);
    }
    if (record instanceof InterestId id) {
      return update(interests, id, i -> i.client().filter(from::equals).isPresent()
          ? Interest.builder().from(i).client((ClientId) to).build() : i);
    }
    if (record instanceof PaymentId id) {
      return update(payments, id, p -> p.client().equals(from)
          ? Payment.builder().from(p).client((ClientId) to).build() : p);
    }
    if (record instanceof ShipmentId id) {
      return update(shipments, id, s -> s.client().equals(from)
          ? Shipment.builder().from(s).client((ClientId) to).build() : s);
    }
    if (record instanceof TaskId id) {
      return update(tasks, id, t -> {
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
      return update(interactions, id, i -> replaceIn(i, from, to, keepBoth));
    }
    if (record instanceof ClientId id) {
      Optional<Versioned<Client>> found = clients.find(id);
      if (found.isEmpty()) {
        return false;
      }
      Client relinked = relink(found.get().value(), reference, survivor, forward);
      if (relinked.equals(found.get().value())) {
        return false;
      }
      write(clientKind, found.get(), relinked, author);
      return true;
    }
    throw new IllegalStateException("cannot move a reference held by " + record.getClass().getSimpleName());
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

  // ------------------------------------------------------------------ resume and undo

  /**
   * Finishes every merge that a failure left {@link MergeState#STARTED}, each in its own unit of
   * work. Safe to call at any time; with nothing to finish it does nothing. The cards it writes
   * are recorded in the card history, if kept, under the merge's {@link MergeRecord#author()
   * author}, the user who asked for it, or else the default author.
   *
   * @return what was finished
   */
  public List<MergeResult> resume() {
    List<MergeResult> results = new ArrayList<>();
    while (true) {
      List<Versioned<MergeRecord>> started = journal.findByState(MergeState.STARTED, RESUME_BATCH);
      if (started.isEmpty()) {
        return results;
      }
      for (Versioned<MergeRecord> record : started) {
        results.add(unitOfWork.execute(() -> {
          Versioned<MergeRecord> fresh = journal.find(record.value().id()).orElseThrow();
          if (fresh.value().state() != MergeState.STARTED) {
            return new MergeResult(MergeResult.Outcome.RESUMED, Optional.of(fresh.value().id()),
                fresh.value().survivor(), fresh.value().merged(), fresh.value().conflicts(), 0, 0);
          }
          UserId author = author(fresh.value().author());
          return fresh.value().survivorBefore() instanceof CardSnapshot.OfClient
              ? apply(clientKind, fresh, MergeResult.Outcome.RESUMED, author)
              : apply(personKind, fresh, MergeResult.Outcome.RESUMED, author);
        }));
      }
    }
  }

  /**
   * Undoes a merge, in one unit of work: the survivor's fields the merge filled are emptied
   * again (other changes made since are kept), the merged cards are no longer marked, and every
   * moved reference, in the library's stores and, if the {@link DocumentReferences} can, in the
   * host's documents, is moved back. The cards it writes are recorded in the card history, if
   * kept, under the default author, and the record names the default author, if any, as the
   * one who undid the merge.
   *
   * @param merge the merge
   * @return what was done; {@link MergeResult.Outcome#ALREADY_UNDONE} if it was undone already
   * @throws MergeRefusedException if there is no such merge, it is not finished, a later merge
   *     took the survivor or a merged card, or a field the merge filled was changed since;
   *     nothing is written
   */
  public MergeResult undo(MergeId merge) {
    Objects.requireNonNull(merge, "merge");
    return undoAs(merge, author(Optional.empty()));
  }

  /**
   * Undoes a merge on behalf of a user, as {@link #undo(MergeId)} does; the cards it writes are
   * recorded in the card history, if kept, under that user, and the record names the user as
   * the one who undid the merge.
   *
   * @param merge the merge
   * @param user who the card changes are attributed to
   * @return what was done; {@link MergeResult.Outcome#ALREADY_UNDONE} if it was undone already
   * @throws MergeRefusedException if there is no such merge, it is not finished, a later merge
   *     took the survivor or a merged card, or a field the merge filled was changed since;
   *     nothing is written
   */
  public MergeResult undo(MergeId merge, UserId user) {
    Objects.requireNonNull(merge, "merge");
    return undoAs(merge, Objects.requireNonNull(user, "user"));
  }

  private MergeResult undoAs(MergeId merge, UserId author) {
    return unitOfWork.execute(() -> {
      Versioned<MergeRecord> stored = journal.find(merge)
          .orElseThrow(() -> new MergeRefusedException("there is no merge " + merge));
      MergeRecord record = stored.value();
      return switch (record.state()) {
        case UNDONE -> new MergeResult(MergeResult.Outcome.ALREADY_UNDONE, Optional.of(merge), record.survivor(),
            record.merged(), record.conflicts(), 0, 0);
        case STARTED -> throw new MergeRefusedException("merge " + merge + " is not finished; resume it first");
        case APPLIED -> record.survivorBefore() instanceof CardSnapshot.OfClient
            ? undo(clientKind, stored, author)
            : undo(personKind, stored, author);
      };
    });
  }

  private <I extends EntityId, C> MergeResult undo(Kind<I, C> kind, Versioned<MergeRecord> stored, UserId author) {
    MergeRecord record = stored.value();
    EntityId survivorId = record.survivor();
    Versioned<C> current = kind.store().find(kind.id(survivorId))
        .orElseThrow(() -> new MergeRefusedException("survivor " + survivorId + " no longer exists"));
    Optional<? extends EntityId> later = kind.mergedInto(current.value());
    if (later.isPresent()) {
      throw new MergeRefusedException("survivor " + survivorId + " was merged into " + later.get()
          + " later; undo that merge first");
    }
    C before = kind.card(record.survivorBefore());
    C after = kind.card(record.survivorAfter());
    C restored = reapplyUndo(kind.diff(before, after).reversed(), current.value(), survivorId);
    if (!restored.equals(current.value())) {
      write(kind, current, restored, author);
    }
    for (CardSnapshot snapshot : record.mergedBefore()) {
      Versioned<C> merged = kind.store().find(kind.id(snapshot.id()))
          .orElseThrow(() -> new MergeRefusedException("merged card " + snapshot.id() + " no longer exists"));
      Optional<? extends EntityId> into = kind.mergedInto(merged.value());
      if (into.isPresent() && !into.get().equals(survivorId)) {
        throw new MergeRefusedException("card " + snapshot.id() + " is now merged into " + into.get()
            + ", not " + survivorId + "; undo that merge first");
      }
      if (into.isPresent()) {
        write(kind, merged, kind.mark(merged.value(), Optional.empty()), author);
      }
    }
    int moved = 0;
    for (MovedReference reference : record.movedReferences()) {
      if (move(reference, survivorId, false, author)) {
        moved++;
      }
    }
    int restoredDocuments = 0;
    for (MovedDocuments moves : record.movedDocuments()) {
      if (survivorId instanceof ClientId s) {
        documents.restoreClient(moves.documents(), (ClientId) moves.from(), s);
      } else {
        documents.restoreContactPerson(moves.documents(), (ContactPersonId) moves.from(), (ContactPersonId) survivorId);
      }
      restoredDocuments += moves.documents().size();
    }
    reindex(record);
    journal.update(record.withState(MergeState.UNDONE, Optional.of(clock.instant()), Optional.ofNullable(author)),
        stored.version());
    return new MergeResult(MergeResult.Outcome.UNDONE, Optional.of(record.id()), survivorId, record.merged(),
        record.conflicts(), moved, restoredDocuments);
  }

  private <C> C reapplyUndo(CardDiff<C> reverse, C current, EntityId card) {
    try {
      return reverse.applyTo(current);
    } catch (InvalidValueException changed) {
      throw new MergeRefusedException("cannot undo: card " + card + " changed since the merge in a field the merge "
          + "filled (" + changed.getMessage() + "); change it back or edit the card by hand", changed);
    }
  }

  /** Builds a {@link DuplicateMerger}; every store, the journal, unit of work, clock and ids are required. */
  public static final class Builder {
    private final ServiceParts parts = new ServiceParts("DuplicateMerger");
    private final BuilderChecks checks = parts.checks();
    private DuplicateControl control;
    private CardHistory history;
    private UserId historyAuthor;

    private Builder() {}

    /**
     * Sets the host's client base: its card and fact stores, its merge journal, its unit of
     * work, its id generator and the references of its documents to cards (required).
     *
     * @param base the client base
     * @return this builder
     * @throws InvalidValueException if {@code null} or already set
     */
    public Builder clientbase(Clientbase base) {
      parts.clientbase(base);
      return this;
    }

    /**
     * Sets the clock that dates merges and undos (required).
     *
     * @param value the clock
     * @return this builder
     * @throws InvalidValueException if {@code null} or already set
     */
    public Builder clock(Clock value) {
      parts.clock(value);
      return this;
    }

    /**
     * Keeps the duplicate index up to date: after a merge or undo the survivor and the merged
     * cards are reindexed, inside the unit of work. Optional.
     *
     * @param value the duplicate control whose index to keep
     * @return this builder
     * @throws InvalidValueException if {@code null} or already set
     */
    public Builder duplicateControl(DuplicateControl value) {
      control = checks.once("duplicateControl", control, value);
      return this;
    }

    /**
     * Records every card a merge, resume or undo writes in the change history, in the same unit
     * of work: the survivor, the merged cards' mark and the clients whose links follow a merged
     * contact person. A change is attributed to the request's {@link MergeRequest#author()
     * author} or the user of {@link DuplicateMerger#undo(MergeId, UserId)}, or else to the given
     * user (e.g. a system user). The merge's record keeps its author, so {@link
     * DuplicateMerger#resume()} attributes a resumed merge to it too. Optional.
     *
     * @param cardHistory the change history
     * @param defaultAuthor who changes are attributed to when no user is named
     * @return this builder
     * @throws InvalidValueException if either is {@code null} or already set
     */
    public Builder recordHistory(CardHistory cardHistory, UserId defaultAuthor) {
      history = checks.once("recordHistory", history, cardHistory);
      historyAuthor = checks.once("recordHistory.defaultAuthor", historyAuthor, defaultAuthor);
      return this;
    }

    /**
     * Builds the merger.
     *
     * @return the merger
     * @throws MissingValuesException naming every required setting not set
     */
    public DuplicateMerger build() {
      parts.required(ServiceParts.CLIENTBASE, ServiceParts.CLOCK).check();
      return new DuplicateMerger(this);
    }
  }

  /**
   * Returns the merges a card took part in, oldest first, as the journal records them.
   *
   * @param card a client or contact person
   * @return the merge records
   */
  public List<MergeRecord> history(EntityId card) {
    return journal.findByCard(Objects.requireNonNull(card, "card")).stream().map(Versioned::value).toList();
  }
}
