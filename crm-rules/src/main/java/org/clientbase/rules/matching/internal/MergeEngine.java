package org.clientbase.rules.matching.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.clientbase.core.InvalidValueException;
import org.clientbase.core.field.CardConfiguration;
import org.clientbase.core.history.CardDiff;
import org.clientbase.core.id.EntityId;
import org.clientbase.core.id.UserId;
import org.clientbase.rules.matching.DuplicateControl;
import org.clientbase.rules.matching.MergeRefusedException;
import org.clientbase.rules.matching.MergeRequest;
import org.clientbase.rules.matching.MergeResult;
import org.clientbase.rules.matching.SurvivorChoice;
import org.clientbase.spi.ConcurrentUpdateException;
import org.clientbase.spi.IdGenerator;
import org.clientbase.spi.Versioned;
import org.clientbase.spi.matching.CardSnapshot;
import org.clientbase.spi.matching.DocumentReferences;
import org.clientbase.spi.matching.MergeId;
import org.clientbase.spi.matching.MergeJournal;
import org.clientbase.spi.matching.MergeRecord;
import org.clientbase.spi.matching.MergeState;
import org.clientbase.spi.matching.MovedDocuments;
import org.clientbase.spi.matching.MovedReference;

/**
 * The steps of merging, resuming and undoing, common to both kinds of card; each runs inside
 * the caller's unit of work. What differs between clients and contact persons is in their
 * {@link CardKind}; moving references is the {@link ReferenceMover}'s.
 */
public final class MergeEngine {
  private static final int MAX_CHAIN = 64;

  private final MergeJournal journal;
  private final Clock clock;
  private final IdGenerator ids;
  private final DocumentReferences documents;
  private final Optional<DuplicateControl> control;
  private final CardWriter writer;
  private final ReferenceMover mover;
  private final ClientMerging clientKind;
  private final ContactPersonMerging personKind;
  private final Optional<MergeAccess> access;

  /**
   * Creates the engine.
   *
   * @param stores the stores of cards and references
   * @param journal the merge journal
   * @param clock dates merges and undos
   * @param ids gives merge ids
   * @param documents the host's document references
   * @param control the duplicate control whose index to keep, or empty
   * @param writer writes cards and records them in the card history
   * @param access the access checks for merges on behalf of a user, or empty if there is no policy
   * @param clientCard the host's configuration of client cards, which a merged client must fit
   * @param contactPersonCard the host's configuration of contact person cards, likewise
   */
  public MergeEngine(MergeStores stores, MergeJournal journal, Clock clock, IdGenerator ids,
      DocumentReferences documents, Optional<DuplicateControl> control, CardWriter writer,
      Optional<MergeAccess> access, CardConfiguration clientCard, CardConfiguration contactPersonCard) {
    this.access = Objects.requireNonNull(access, "access");
    this.journal = Objects.requireNonNull(journal, "journal");
    this.clock = Objects.requireNonNull(clock, "clock");
    this.ids = Objects.requireNonNull(ids, "ids");
    this.documents = Objects.requireNonNull(documents, "documents");
    this.control = Objects.requireNonNull(control, "control");
    this.writer = Objects.requireNonNull(writer, "writer");
    this.clientKind = new ClientMerging(stores, clientCard);
    this.personKind = new ContactPersonMerging(stores, contactPersonCard);
    this.mover = new ReferenceMover(stores, clientKind, writer);
  }

  /**
   * Returns the strategy for the kind of card a request merges.
   *
   * @param request the request
   * @return the client or contact person strategy
   */
  public CardKind<?, ?> kindOf(MergeRequest request) {
    return request.type() == org.clientbase.core.field.CardType.CLIENT ? clientKind : personKind;
  }

  /**
   * Returns the strategy for the kind of card a journal record merged.
   *
   * @param record the record
   * @return the client or contact person strategy
   */
  public CardKind<?, ?> kindOf(MergeRecord record) {
    return clientKind.holds(record.survivorBefore()) ? clientKind : personKind;
  }

  /**
   * Plans and applies a merge.
   *
   * @param kind the kind of card
   * @param request the request
   * @param author who the merge is attributed to; may be null
   * @param started receives the id of the record the merge starts, before it is written
   * @param acting the user on whose behalf the merge runs, checked against the access policy;
   *     null for the system
   * @param <I> the id type
   * @param <C> the card type
   * @return what was done
   */
  public <I extends EntityId, C> MergeResult merge(CardKind<I, C> kind, MergeRequest request, UserId author,
      List<MergeId> started, UserId acting) {
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
    if (acting != null && access.isPresent()) {
      List<EntityId[]> asked = new ArrayList<>();
      for (EntityId card : request.cards()) {
        asked.add(new EntityId[] {card, kind.idOf(resolve(kind, card).value())});
      }
      access.get().requireMerge(acting, asked, live.keySet());
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
    for (C other : others) {
      refuseIfSurvivorOfAnother(kind, live, kind.idOf(other), kind.idOf(survivor));
    }
    MergePlanner.Plan<C> plan = kind.plan(survivor, others);
    // the survivor's custom values, its own and those filled from the others, must fit the
    // host's configuration before the merge writes anything, its record included
    kind.check(plan.survivorAfter());
    List<EntityId> otherIds = others.stream().map(kind::idOf).toList();
    List<MovedReference> references = kind.references(otherIds, kind.idOf(survivor));
    if (acting != null && access.isPresent()) {
      access.get().requireMovedRecords(acting, references);
    }
    MergeRecord record = new MergeRecord(
        MergeId.of(ids.next("MergeId")), MergeState.STARTED, clock.instant(), Optional.ofNullable(author),
        Optional.empty(), Optional.empty(), kind.snapshot(survivor), kind.snapshot(plan.survivorAfter()),
        others.stream().map(kind::snapshot).toList(), plan.conflicts(), references, List.of(), request.note());
    started.add(record.id());
    Versioned<MergeRecord> stored = journal.insert(record);
    // Every card is written at the version the plan was made from, in id order: a merge, an
    // undo or any other change of these cards committed since makes the write stale, and the
    // caller plans again from fresh reads.
    EntityId survivorId = kind.idOf(survivor);
    for (Map.Entry<EntityId, Versioned<C>> card : byId(live)) {
      Versioned<C> read = card.getValue();
      C target = card.getKey().equals(survivorId)
          ? plan.survivorAfter()
          : kind.mark(read.value(), Optional.of(survivorId));
      writer.write(kind, read, target, author);
    }
    return finish(kind, stored, MergeResult.Outcome.MERGED, author);
  }

  private static List<MovedReference> inIdOrder(List<MovedReference> references) {
    List<MovedReference> sorted = new ArrayList<>(references);
    sorted.sort(Comparator.comparing((MovedReference r) -> r.record().value())
        .thenComparing(r -> r.record().getClass().getSimpleName()).thenComparing(r -> r.from().value()));
    return sorted;
  }

  private static <C> List<Map.Entry<EntityId, Versioned<C>>> byId(Map<EntityId, Versioned<C>> cards) {
    List<Map.Entry<EntityId, Versioned<C>>> sorted = new ArrayList<>(cards.entrySet());
    sorted.sort(Map.Entry.comparingByKey(Comparator.comparing(EntityId::value)));
    return sorted;
  }

  /**
   * Refuses to merge away a card that other cards are merged into, so that a merged card always
   * names a card in use and merges never form chains.
   */
  private <I extends EntityId, C> void refuseIfSurvivorOfAnother(CardKind<I, C> kind, Map<EntityId, Versioned<C>> live,
      EntityId card, EntityId survivor) {
    for (Versioned<MergeRecord> earlier : journal.findByCard(card)) {
      MergeRecord r = earlier.value();
      if (r.survivor().equals(card) && r.state() != MergeState.UNDONE) {
        // Reads see each commit as it happens: the merge found may have committed after the cards
        // were read, and may even be this very pair. Only cards unchanged since make it a refusal.
        for (Map.Entry<EntityId, Versioned<C>> read : live.entrySet()) {
          long now = kind.store().find(kind.id(read.getKey())).map(Versioned::version).orElse(0L);
          if (now != read.getValue().version()) {
            throw new ConcurrentUpdateException("card " + read.getKey() + " changed while merge " + r.id()
                + " was found; plan again");
          }
        }
        throw new MergeRefusedException("card " + card + " is the survivor of merge " + r.id() + " (" + r.merged()
            + " merged into it), so it cannot be merged into " + survivor + "; make " + card
            + " the survivor, or undo that merge first");
      }
    }
  }

  /** Reads a card and follows its mergedInto chain to the card in use. */
  private <I extends EntityId, C> Versioned<C> resolve(CardKind<I, C> kind, EntityId card) {
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

  private static <I extends EntityId, C> C choose(CardKind<I, C> kind, List<C> cards, SurvivorChoice choice) {
    Comparator<C> oldest = kind.oldestFirst();
    Comparator<C> order = choice == SurvivorChoice.OLDEST
        ? oldest
        : Comparator.comparingInt((C c) -> -kind.completeness(c)).thenComparing(oldest);
    return cards.stream().min(order).orElseThrow();
  }

  /**
   * Finishes a started merge that a failure interrupted; every step finds what is done already
   * and skips it.
   *
   * @param kind the kind of card
   * @param stored the started record
   * @param outcome the outcome to report
   * @param author who the writes are attributed to; may be null
   * @param <I> the id type
   * @param <C> the card type
   * @return what was done
   */
  public <I extends EntityId, C> MergeResult apply(CardKind<I, C> kind, Versioned<MergeRecord> stored,
      MergeResult.Outcome outcome, UserId author) {
    MergeRecord record = stored.value();
    C before = kind.card(record.survivorBefore());
    C after = kind.card(record.survivorAfter());
    EntityId survivorId = record.survivor();
    Versioned<C> current = kind.store().find(kind.id(survivorId))
        .orElseThrow(() -> new MergeRefusedException("survivor " + survivorId + " no longer exists"));
    if (!current.value().equals(after)) {
      C target = current.value().equals(before) ? after : reapply(kind.diff(before, after), current.value(), survivorId);
      writer.write(kind, current, target, author);
    }
    for (CardSnapshot snapshot : record.mergedBefore()) {
      Versioned<C> merged = kind.store().find(kind.id(snapshot.id()))
          .orElseThrow(() -> new MergeRefusedException("merged card " + snapshot.id() + " no longer exists"));
      Optional<? extends EntityId> into = kind.mergedInto(merged.value());
      if (into.isEmpty()) {
        writer.write(kind, merged, kind.mark(merged.value(), Optional.of(survivorId)), author);
      } else if (!into.get().equals(survivorId)) {
        throw new MergeRefusedException("card " + snapshot.id() + " was merged into " + into.get()
            + " meanwhile; it cannot also be merged into " + survivorId);
      }
    }
    return finish(kind, stored, outcome, author);
  }

  /** Moves the references and documents of a merge whose cards are written, and marks it applied. */
  private <I extends EntityId, C> MergeResult finish(CardKind<I, C> kind, Versioned<MergeRecord> stored,
      MergeResult.Outcome outcome, UserId author) {
    MergeRecord record = stored.value();
    EntityId survivorId = record.survivor();
    int moved = 0;
    for (MovedReference reference : inIdOrder(record.movedReferences())) {
      if (mover.move(reference, survivorId, true, author)) {
        moved++;
      }
    }
    List<MovedDocuments> movedDocuments = new ArrayList<>(record.movedDocuments());
    int documentCount = 0;
    for (EntityId merged : record.merged()) {
      List<String> keys = kind.moveDocuments(documents, merged, survivorId);
      documentCount += keys.size();
      if (!keys.isEmpty()) {
        movedDocuments.add(new MovedDocuments(merged, keys));
      }
    }
    reindex(record);
    journal.update(record.withMoved(record.movedReferences(), movedDocuments)
        .withState(MergeState.APPLIED), stored.version());
    return new MergeResult(outcome, Optional.of(record.id()), survivorId, record.merged(), record.conflicts(),
        moved, documentCount);
  }

  private static <C> C reapply(CardDiff<C> diff, C current, EntityId card) {
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

  /**
   * Undoes an applied merge.
   *
   * @param kind the kind of card
   * @param stored the applied record
   * @param author who the writes are attributed to; may be null
   * @param <I> the id type
   * @param <C> the card type
   * @return what was done
   */
  public <I extends EntityId, C> MergeResult undo(CardKind<I, C> kind, Versioned<MergeRecord> stored,
      UserId author) {
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
    Map<EntityId, Versioned<C>> read = new LinkedHashMap<>();
    Map<EntityId, C> targets = new LinkedHashMap<>();
    read.put(survivorId, current);
    targets.put(survivorId, restored);
    for (CardSnapshot snapshot : record.mergedBefore()) {
      Versioned<C> merged = kind.store().find(kind.id(snapshot.id()))
          .orElseThrow(() -> new MergeRefusedException("merged card " + snapshot.id() + " no longer exists"));
      Optional<? extends EntityId> into = kind.mergedInto(merged.value());
      if (into.isPresent() && !into.get().equals(survivorId)) {
        throw new MergeRefusedException("card " + snapshot.id() + " is now merged into " + into.get()
            + ", not " + survivorId + "; undo that merge first");
      }
      read.put(snapshot.id(), merged);
      targets.put(snapshot.id(), kind.mark(merged.value(), Optional.empty()));
    }
    // Every card is written at the version read, in id order, even if unchanged: an undo or a
    // merge of these cards committed meanwhile makes the write stale and the caller reads anew.
    for (Map.Entry<EntityId, Versioned<C>> card : byId(read)) {
      writer.write(kind, card.getValue(), targets.get(card.getKey()), author);
    }
    int moved = 0;
    for (MovedReference reference : inIdOrder(record.movedReferences())) {
      if (mover.move(reference, survivorId, false, author)) {
        moved++;
      }
    }
    int restoredDocuments = 0;
    for (MovedDocuments moves : record.movedDocuments()) {
      kind.restoreDocuments(documents, moves.documents(), moves.from(), survivorId);
      restoredDocuments += moves.documents().size();
    }
    reindex(record);
    Instant undone = clock.instant();
    journal.update(author == null ? record.withState(MergeState.UNDONE, undone)
        : record.withState(MergeState.UNDONE, undone, author), stored.version());
    return new MergeResult(MergeResult.Outcome.UNDONE, Optional.of(record.id()), survivorId, record.merged(),
        record.conflicts(), moved, restoredDocuments);
  }

  private static <C> C reapplyUndo(CardDiff<C> reverse, C current, EntityId card) {
    try {
      return reverse.applyTo(current);
    } catch (InvalidValueException changed) {
      throw new MergeRefusedException("cannot undo: card " + card + " changed since the merge in a field the merge "
          + "filled (" + changed.getMessage() + "); change it back or edit the card by hand", changed);
    }
  }
}
